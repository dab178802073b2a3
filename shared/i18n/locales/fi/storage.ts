/** Storage failures and hardening messages: quota, blocked upgrades, failed writes (UI language). */
export default {
  failure: {
    quota: 'Tietokoneen levy on täynnä: vapauta tilaa. Kirjoittamasi teksti pysyy tässä.',
    blocked: 'Cadence odottaa: toinen Cadence-ikkuna on auki vanhemmalla versiolla. Sulje se jatkaaksesi.',
    versionChange:
      'Cadence päivitettiin toisessa ikkunassa. Lataa tämä ikkuna uudelleen jatkaaksesi – kopioi ensin tallentamaton teksti.',
    closed: 'Tietokanta suljettiin: lataa ikkuna uudelleen. Siihen asti kirjoittamasi teksti pysyy tässä.',
    transaction: 'Tietokanta hylkäsi muutoksen, eikä mitään tallennettu puoliksi. Yritä uudelleen.',
  },
  title: {
    quota: 'Levy täynnä',
    blocked: 'Odotetaan toista ikkunaa',
    versionChange: 'Päivitetty toisessa ikkunassa',
    closed: 'Tietokanta suljettu',
    transaction: 'Muutosta ei tallennettu',
  },
  reload: 'Lataa uudelleen',
  autosave: {
    retrying: 'Ei tallennettu – yritetään uudelleen. Tekstisi pysyy tässä; kopioi se varmuuden vuoksi.',
    copy: 'Kopioi teksti',
    copied: 'Kopioitu',
  },
}
