import { type DemoEmail, mid, OWNER_TO } from './demo-email.js';

export const INTERNATIONAL_EMAILS: DemoEmail[] = [
  {
    key: 'de-invoice-question',
    kind: 'non-English',
    expected: 'needs_reply',
    message: {
      from: 'Jonas Becker <j.becker@kunde.example.de>',
      to: OWNER_TO,
      subject: 'Frage zur Rechnung und Lieferung',
      messageId: mid('de-invoice-question', 'kunde.example.de'),
      text:
        'Hallo Herr Morgan,\n\nkönnen Sie mir bitte sagen, wann die Lieferung ankommt? Außerdem: Ist eine Ratenzahlung für die Rechnung möglich?\n\n' +
        'Viele Grüße\nJonas Becker',
    },
  },
  {
    key: 'es-order-question',
    kind: 'non-English',
    expected: 'needs_reply',
    message: {
      from: 'Lucía Fernández <lucia@cliente.example.es>',
      to: OWNER_TO,
      subject: 'Consulta sobre el pedido',
      messageId: mid('es-order-question', 'cliente.example.es'),
      text: 'Hola,\n\n¿Podría confirmarme la fecha de entrega del pedido? ¿Es posible cambiar la dirección de envío?\n\nGracias y saludos,\nLucía',
    },
  },
  {
    key: 'fr-meeting-request',
    kind: 'non-English',
    expected: 'needs_reply',
    message: {
      from: 'Camille Martin <camille.martin@client.example.fr>',
      to: OWNER_TO,
      subject: 'Demande de rendez-vous',
      messageId: mid('fr-meeting-request', 'client.example.fr'),
      // Latin-1 on the wire, as older French mail clients still send it.
      charset: 'iso-8859-1',
      text:
        "Bonjour,\n\nPourriez-vous m'indiquer vos disponibilités la semaine prochaine pour une réunion ? " +
        'Merci de me confirmer aussi le lieu.\n\nCordialement,\nCamille Martin',
    },
  },
  {
    key: 'de-newsletter',
    kind: 'non-English',
    expected: 'informational',
    message: {
      from: 'Technik Wochenbrief <newsletter@wochenbrief.example.de>',
      to: OWNER_TO,
      subject: 'Ihr Wochenbrief: Neuigkeiten aus der Cloud-Welt',
      messageId: mid('de-newsletter', 'wochenbrief.example.de'),
      headers: {
        'List-Id': 'Wochenbrief <wochenbrief.example.de>',
        'List-Unsubscribe': '<https://wochenbrief.example.de/abmelden>',
      },
      text: 'Diese Woche: drei neue Funktionen, ein Interview und unsere Veranstaltungstipps.\n\nAbmelden | Im Browser ansehen',
    },
  },
];
