/*
 * Cockpit's configuration in this application (it replaces the default file of the Camunda webapp, which
 * sets nothing). Our plugin adds "Ticket history": finished and running ticket-intake flows with their path.
 */
export default {
  customScripts: ['scripts/ticket-history']
};
