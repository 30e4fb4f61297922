import { bulk, type EvalEmail, t } from '../eval-email.js';

/** Informational mail in other languages: newsletters, receipts, shipping, alerts, auto-replies. */
export const INFORMATIONAL_INTL: EvalEmail[] = [
  {
    id: 'in-de-001',
    label: 'informational',
    kind: 'receipt',
    lang: 'de',
    from: 'Deutsche Bahn <buchungsbestaetigung@bahn.de>',
    subject: 'Ihre Buchungsbestätigung (Auftrag 4S7KQ2)',
    text: t`
      Vielen Dank für Ihre Buchung, Herr Keller.

      Hinfahrt: 12.09.2024, München Hbf 08:28 → Berlin Hbf 12:31, ICE 1006
      Gesamtpreis: 79,90 €

      Ihr Ticket finden Sie im Anhang und in der DB Navigator App.

      Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.`,
  },
  {
    id: 'in-de-002',
    label: 'informational',
    kind: 'newsletter',
    lang: 'de',
    from: 't3n Newsletter <newsletter@t3n.de>',
    subject: 't3n Daily: Die wichtigsten Digital-News des Tages',
    headers: bulk('<daily.t3n.de>', '<https://t3n.de/newsletter/abmelden>'),
    text: t`
      Guten Morgen,

      heute im Daily: Warum Webentwickler wieder auf Server-Rendering setzen, die neuen EU-Regeln für Cookies und 5 Tools für bessere Meetings.

      Viel Spaß beim Lesen!
      Dein t3n-Team

      Du erhältst diesen Newsletter, weil du dich angemeldet hast. Newsletter abbestellen.`,
  },
  {
    id: 'in-de-003',
    label: 'informational',
    kind: 'shipping',
    lang: 'de',
    from: 'DHL Paket <noreply@dhl.de>',
    subject: 'Ihre DHL Sendung kommt heute',
    text: t`
      Hallo Sam Keller,

      Ihre Sendung 00340434161234567890 von Zalando wird heute zwischen 13:00 und 16:00 Uhr zugestellt.

      Sie sind nicht da? Ablageort oder Wunschnachbar festlegen in der Post & DHL App.

      Bitte antworten Sie nicht auf diese E-Mail.`,
  },
  {
    id: 'in-de-004',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'de',
    from: 'Markus Weber <m.weber@weber-steuerberatung.de>',
    subject: 'Abwesenheitsnotiz: Termin für die Jahresplanung',
    headers: { 'Auto-Submitted': 'auto-replied' },
    text: t`
      Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 19.08. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an kanzlei@weber-steuerberatung.de.

      Mit freundlichen Grüßen
      Markus Weber`,
  },
  {
    id: 'in-de-005',
    label: 'informational',
    kind: 'security',
    lang: 'de',
    from: 'Sparkasse <info@sparkasse-muenchen.de>',
    subject: 'Neues Gerät für pushTAN registriert',
    text: t`
      Sehr geehrter Herr Keller,

      für Ihr Online-Banking wurde am 03.09.2024 ein neues Gerät für das pushTAN-Verfahren registriert. Wenn Sie das waren, ist nichts weiter zu tun.

      Falls nicht, rufen Sie bitte unsere Hotline an. Wir fragen Sie niemals per E-Mail nach Ihrer PIN oder TAN.

      Ihre Sparkasse München`,
  },
  {
    id: 'in-fr-001',
    label: 'informational',
    kind: 'receipt',
    lang: 'fr',
    from: 'SNCF Connect <noreply@sncf-connect.com>',
    subject: 'Confirmation de votre commande - Paris > Lyon',
    text: t`
      Bonjour Sam,

      Votre voyage est confirmé.

      Aller : mar. 17 sept., Paris Gare de Lyon 09:04 → Lyon Part-Dieu 11:00
      Prix total : 54,00 €
      Référence de commande : QXJ8LM

      Vos billets sont disponibles dans l'application. Merci de ne pas répondre à cet e-mail.`,
  },
  {
    id: 'in-fr-002',
    label: 'informational',
    kind: 'newsletter',
    lang: 'fr',
    from: 'Le Monde <newsletters@lemonde.fr>',
    subject: 'La Matinale du Monde',
    headers: bulk('<matinale.lemonde.fr>', '<https://www.lemonde.fr/desinscription>'),
    text: t`
      Bonjour,

      Au sommaire ce matin : la rentrée politique, la sécheresse dans le Sud et notre sélection culturelle de la semaine.

      Vous recevez cette lettre d'information car vous êtes inscrit. Se désinscrire.`,
  },
  {
    id: 'in-fr-003',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'fr',
    from: 'Sophie Laurent <s.laurent@laurent-avocats.fr>',
    subject: 'Réponse automatique : Mise à jour des mentions légales',
    headers: { 'Auto-Submitted': 'auto-replied' },
    text: t`
      Bonjour,

      Je suis absente du bureau jusqu'au 2 septembre. Pour toute urgence, merci de contacter le secrétariat au 01 42 00 00 00.

      Cordialement,
      Sophie Laurent`,
  },
  {
    id: 'in-fr-004',
    label: 'informational',
    kind: 'shipping',
    lang: 'fr',
    from: 'Colissimo <noreply@notif-colissimo-laposte.info>',
    subject: 'Votre colis est en cours de livraison',
    text: t`
      Bonjour,

      Votre colis n° 6A12345678901 sera livré aujourd'hui.

      Vous pouvez suivre votre colis sur laposte.fr/outils/suivre-vos-envois.

      Ceci est un message automatique, merci de ne pas y répondre.`,
  },
  {
    id: 'in-es-001',
    label: 'informational',
    kind: 'receipt',
    lang: 'es',
    from: 'Iberia <confirmacion@iberia.com>',
    subject: 'Confirmación de tu reserva - Código QW7ZP2',
    text: t`
      Hola Sam,

      Gracias por volar con Iberia. Tu reserva está confirmada.

      Londres Heathrow - Madrid, 20 sep 2024, 10:15
      Importe total: 189,40 EUR

      Puedes gestionar tu reserva en iberia.com. Por favor, no responda a este correo.`,
  },
  {
    id: 'in-es-002',
    label: 'informational',
    kind: 'newsletter',
    lang: 'es',
    from: 'Domestika <hola@domestika.org>',
    subject: 'Nuevos cursos de diseño web esta semana',
    headers: bulk('<news.domestika.org>', '<https://www.domestika.org/unsubscribe>'),
    text: t`
      Hola Sam,

      Descubre los cursos más populares de la semana: diseño de interfaces con Figma, tipografía para la web y animación con CSS.

      Si no quieres recibir más correos, puedes darte de baja aquí.`,
  },
  {
    id: 'in-es-003',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'es',
    from: 'Javier Ortega <j.ortega@ortega-asesores.es>',
    subject: 'Respuesta automática: Documentación pendiente',
    headers: { 'Auto-Submitted': 'auto-replied' },
    text: t`
      Estoy fuera de la oficina hasta el 26 de agosto, de vacaciones. Para asuntos urgentes, escriba a info@ortega-asesores.es.

      Un saludo,
      Javier Ortega`,
  },
  {
    id: 'in-es-004',
    label: 'informational',
    kind: 'notification',
    lang: 'es',
    from: 'BBVA <avisos@bbva.es>',
    subject: 'Has recibido una transferencia',
    text: t`
      Hola Sam,

      Has recibido una transferencia de 1.250,00 € de LUCIA FERNANDEZ GARCIA con el concepto "Web tienda ceramica - anticipo".

      Puedes consultar el detalle en la app de BBVA.

      BBVA nunca te pedirá tus claves por correo electrónico.`,
  },
  {
    id: 'in-pt-001',
    label: 'informational',
    kind: 'receipt',
    lang: 'pt',
    from: 'iFood <naoresponda@ifood.com.br>',
    subject: 'Seu pedido foi confirmado',
    text: t`
      Olá Sam,

      Seu pedido no Restaurante Sabor da Casa foi confirmado e já está sendo preparado.

      Previsão de entrega: 20:10 - 20:30
      Total: R$ 78,90

      Acompanhe pelo app.`,
  },
  {
    id: 'in-pt-002',
    label: 'informational',
    kind: 'newsletter',
    lang: 'pt',
    from: 'Público <newsletter@publico.pt>',
    subject: 'Público Manhã: as notícias que precisa de saber',
    headers: bulk('<manha.publico.pt>', '<https://www.publico.pt/newsletters/cancelar>'),
    text: t`
      Bom dia,

      Hoje: o novo orçamento do Estado, a seca no Alentejo e a estreia da temporada no São Carlos.

      Recebe esta newsletter porque se inscreveu. Cancelar subscrição.`,
  },
  {
    id: 'in-pt-003',
    label: 'informational',
    kind: 'shipping',
    lang: 'pt',
    from: 'CTT <noreply@ctt.pt>',
    subject: 'A sua encomenda foi entregue',
    text: t`
      Olá,

      A encomenda RR123456789PT foi entregue hoje às 11:42.

      Obrigado por escolher os CTT. Esta é uma mensagem automática, por favor não responda.`,
  },
  {
    id: 'in-ja-001',
    label: 'informational',
    kind: 'receipt',
    lang: 'ja',
    from: 'Amazon.co.jp <auto-confirm@amazon.co.jp>',
    subject: 'Amazon.co.jp ご注文の確認',
    text: t`
      Sam Keller様

      Amazon.co.jpをご利用いただき、ありがとうございます。
      ご注文の確認をお知らせします。

      注文番号: 250-1234567-8901234
      お届け予定: 9月14日
      ご請求額: ￥3,280

      またのご利用をお待ちしております。`,
  },
  {
    id: 'in-ja-002',
    label: 'informational',
    kind: 'newsletter',
    lang: 'ja',
    from: 'note編集部 <info@note.com>',
    subject: '今週のおすすめ記事',
    headers: bulk('<weekly.note.com>', '<https://note.com/settings/notifications>'),
    text: t`
      今週のおすすめ記事をお届けします。

      ・小さなデザイン事務所の働き方
      ・ウェブアクセシビリティ入門
      ・フリーランスの確定申告

      配信停止はこちらから。`,
  },
  {
    id: 'in-ja-003',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'ja',
    from: '佐藤 健 <ken.sato@sato-trading.co.jp>',
    subject: '自動返信: お打ち合わせの日程について',
    headers: { 'Auto-Submitted': 'auto-replied' },
    text: t`
      誠に恐れ入りますが、8月13日から8月16日まで夏季休暇のため不在にしております。
      8月19日以降に順次対応させていただきます。

      佐藤商事 佐藤`,
  },
  {
    id: 'in-it-001',
    label: 'informational',
    kind: 'receipt',
    lang: 'it',
    from: 'Trenitalia <noreply@trenitalia.it>',
    subject: 'Biglietto Frecciarossa - Conferma acquisto',
    text: t`
      Gentile Sam Keller,

      grazie per aver acquistato con Trenitalia.

      Milano Centrale → Firenze S.M.N., 23/09/2024 ore 10:10
      Importo: 39,90 €
      Codice PNR: XK7P2Q

      Questa è una email automatica, si prega di non rispondere.`,
  },
  {
    id: 'in-nl-001',
    label: 'informational',
    kind: 'shipping',
    lang: 'nl',
    from: 'PostNL <noreply@postnl.nl>',
    subject: 'Je pakket wordt vandaag bezorgd',
    text: t`
      Hoi Sam,

      Je pakket van bol.com wordt vandaag tussen 14:15 en 16:15 bezorgd.

      Volg je pakket in de PostNL-app. Dit is een automatisch bericht.`,
  },
  {
    id: 'in-de-006',
    label: 'informational',
    kind: 'list',
    lang: 'de',
    from: 'Frank Ziegler <frank.ziegler@posteo.de>',
    to: 'debian-user-german@lists.debian.org',
    subject: 'Re: Probleme mit WLAN nach Update auf Bookworm',
    headers: { 'List-Id': '<debian-user-german.lists.debian.org>', Precedence: 'list' },
    text: t`
      Hallo,

      > Seit dem Update verbindet sich mein Laptop nicht mehr mit dem WLAN. Hat jemand eine Idee?

      Fehlt vielleicht die Firmware? Seit Bookworm ist non-free-firmware ein eigener Bereich, den musst du in der sources.list ergänzen.

      Gruß
      Frank`,
  },
  {
    id: 'in-fr-005',
    label: 'informational',
    kind: 'security',
    lang: 'fr',
    from: 'Free Mobile <noreply@free-mobile.fr>',
    subject: 'Modification de votre mot de passe',
    text: t`
      Bonjour,

      Le mot de passe de votre espace abonné Free Mobile a été modifié le 04/09/2024 à 18:12.

      Si vous êtes à l'origine de cette modification, vous n'avez rien à faire. Sinon, contactez le service client depuis votre espace abonné.

      Free Mobile`,
  },
  {
    id: 'in-es-005',
    label: 'informational',
    kind: 'fyi',
    lang: 'es',
    from: 'Carmen Ruiz <carmen.ruiz@estudioruiz.mx>',
    subject: 'Para tu información: nuevo logo aprobado',
    text: t`
      Hola Sam,

      solo para que lo sepas: el cliente aprobó ayer la versión final del logo. Ya subí los archivos a la carpeta compartida. No hace falta responder.

      Saludos,
      Carmen`,
  },
];
