/** The Monday and Friday mail editor (the mail texts themselves are in `mail`). */
export default {}
