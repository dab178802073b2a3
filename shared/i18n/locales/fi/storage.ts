/** Storage failures and hardening messages: quota, blocked upgrades, failed writes (UI language). */
export default {}
