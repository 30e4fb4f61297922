import { type EvalEmail, t } from '../eval-email.js';

/** One-to-one mail in other languages that expects an answer. */
export const NEEDS_REPLY_INTL: EvalEmail[] = [
  {
    id: 'nr-de-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'de',
    from: 'Jonas Becker <j.becker@becker-moebel.de>',
    subject: 'Frage zum Relaunch',
    text: t`
      Hallo Herr Keller,

      wir überlegen, unseren Onlineshop im Herbst neu aufzusetzen. Hätten Sie im September Kapazität dafür? Und arbeiten Sie auch mit Shopware oder nur mit Shopify?

      Viele Grüße
      Jonas Becker
      Becker Möbelmanufaktur GmbH`,
  },
  {
    id: 'nr-de-002',
    label: 'needs_reply',
    kind: 'request',
    lang: 'de',
    from: 'Katrin Schulz <katrin.schulz@web.de>',
    subject: 'Rechnung mit Anschrift',
    text: t`
      Hallo Sam,

      bitte schick mir die Rechnung nochmal mit meiner neuen Adresse (Gartenstraße 14, 10115 Berlin), die alte kann ich so nicht einreichen.

      Danke dir!
      Katrin`,
  },
  {
    id: 'nr-de-003',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'de',
    from: 'Markus Weber <m.weber@weber-steuerberatung.de>',
    subject: 'Termin für die Jahresplanung',
    text: t`
      Sehr geehrter Herr Keller,

      gerne würde ich mit Ihnen einen Termin für die Jahresplanung vereinbaren. Passt Ihnen der 12. oder 14. März, jeweils vormittags? Alternativ auch per Videocall.

      Mit freundlichen Grüßen
      Markus Weber
      Steuerberater`,
  },
  {
    id: 'nr-de-004',
    label: 'needs_reply',
    kind: 'support',
    lang: 'de',
    from: 'Anja Vogel <anja@vogel-fotografie.de>',
    subject: 'Galerie lädt nicht mehr',
    text: t`
      Hi Sam,

      seit gestern lädt die Galerie auf meiner Seite nicht mehr, man sieht nur graue Kästen. Auf dem Handy genauso. Kannst du da mal draufschauen? Ich habe am Wochenende eine Ausstellung und viele schauen vorher auf die Seite.

      LG Anja`,
  },
  {
    id: 'nr-de-005',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'de',
    from: 'Jonas Becker <j.becker@becker-moebel.de>',
    subject: 'AW: Frage zum Relaunch',
    headers: {
      'In-Reply-To': '<d5@mail.kellerworks.com>',
      References: '<d5@mail.kellerworks.com>',
    },
    text: t`
      Hallo Herr Keller,

      danke für die schnelle Antwort. Dann bleiben wir bei Shopify. Könnten Sie uns ein Angebot für die Migration der rund 450 Produkte schicken? Die Bilder haben wir alle in hoher Auflösung.

      Viele Grüße
      Jonas Becker

      Am 03.07.2024 um 10:15 schrieb Sam Keller <sam@kellerworks.com>:
      > Hallo Herr Becker, ja, September passt. Shopware mache ich leider nicht.`,
  },
  {
    id: 'nr-de-006',
    label: 'needs_reply',
    kind: 'question',
    lang: 'de',
    from: 'Thomas Müller <thomas.mueller@gmx.de>',
    subject: 'Wohnung',
    text: t`
      Servus Sam,

      ist deine Wohnung in München im August noch frei? Meine Schwester sucht was für 3 Wochen. Was würdest du verlangen?

      Gruß Thomas`,
  },
  {
    id: 'nr-de-007',
    label: 'needs_reply',
    kind: 'request',
    lang: 'de',
    from: 'Claudia Neumann <c.neumann@neumann-praxis.de>',
    subject: 'Datenschutzerklärung aktualisieren',
    text: t`
      Guten Tag Herr Keller,

      unser Anwalt hat uns eine neue Datenschutzerklärung geschickt (im Anhang). Bitte tauschen Sie den Text auf der Website bis Ende der Woche aus und geben Sie mir kurz Bescheid, wenn es erledigt ist.

      Freundliche Grüße
      Claudia Neumann
      Praxismanagement`,
  },
  {
    id: 'nr-fr-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'fr',
    from: 'Camille Martin <camille.martin@atelier-martin.fr>',
    subject: 'Devis pour le site',
    text: t`
      Bonjour Sam,

      Nous cherchons quelqu'un pour refaire le site de l'atelier (une dizaine de pages et une boutique). Est-ce que vous travaillez avec des clients en France ? Pourriez-vous nous donner une idée du budget ?

      Cordialement,
      Camille Martin`,
  },
  {
    id: 'nr-fr-002',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'fr',
    from: 'Julien Bernard <julien.bernard@orange.fr>',
    subject: 'Rendez-vous mardi ?',
    text: t`
      Salut Sam,

      je passe à Londres mardi prochain pour le boulot. Tu es dispo pour un verre le soir ? Ça fait trop longtemps !

      Julien`,
  },
  {
    id: 'nr-fr-003',
    label: 'needs_reply',
    kind: 'request',
    lang: 'fr',
    from: 'Sophie Laurent <s.laurent@laurent-avocats.fr>',
    subject: 'Mise à jour des mentions légales',
    text: t`
      Bonjour Monsieur Keller,

      Merci de mettre à jour les mentions légales du site avec la nouvelle adresse du cabinet (12 rue de la Paix, 75002 Paris) dès que possible. Le changement est effectif au 1er septembre.

      Bien cordialement,
      Sophie Laurent
      Avocate associée`,
  },
  {
    id: 'nr-fr-004',
    label: 'needs_reply',
    kind: 'support',
    lang: 'fr',
    from: 'Nicolas Petit <nicolas@petit-boulangerie.fr>',
    subject: 'Problème commandes en ligne',
    text: t`
      Bonjour,

      depuis ce matin les clients ne peuvent plus payer sur le site, ils ont un message "erreur de paiement". Vous pouvez regarder rapidement svp ? On a beaucoup de commandes pour le week-end.

      Merci
      Nicolas`,
  },
  {
    id: 'nr-fr-005',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'fr',
    from: 'Camille Martin <camille.martin@atelier-martin.fr>',
    subject: 'RE: Devis pour le site',
    headers: { 'In-Reply-To': '<f5@mail.kellerworks.com>' },
    text: t`
      Bonjour Sam,

      Merci pour le devis, il nous convient. Quelle est la prochaine étape ? Faut-il vous verser un acompte ?

      Camille

      Le 8 juil. 2024 à 11:20, Sam Keller <sam@kellerworks.com> a écrit :
      > Bonjour Camille, voici le devis détaillé en pièce jointe.`,
  },
  {
    id: 'nr-fr-006',
    label: 'needs_reply',
    kind: 'question',
    lang: 'fr',
    from: 'Élodie Rousseau <elodie.rousseau@free.fr>',
    subject: 'Photos du mariage',
    text: t`
      Coucou Sam !

      Tu as reçu les photos du mariage ? Je les ai envoyées par WeTransfer mais je ne sais pas si le lien a marché. Dis-moi si tu veux les originaux en haute définition.

      Bisous
      Élo`,
  },
  {
    id: 'nr-es-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'es',
    from: 'Lucía Fernández <lucia.fernandez@gmail.com>',
    subject: 'Consulta sobre la web',
    text: t`
      Hola Sam:

      Te escribo de parte de Marta. Tengo una tienda de cerámica en Valencia y necesito una web sencilla con tienda online. ¿Trabajas con clientes en España? ¿Cuánto costaría algo así más o menos?

      Un saludo,
      Lucía`,
  },
  {
    id: 'nr-es-002',
    label: 'needs_reply',
    kind: 'request',
    lang: 'es',
    from: 'Javier Ortega <j.ortega@ortega-asesores.es>',
    subject: 'Documentación pendiente',
    text: t`
      Estimado Sam:

      Le agradecería que nos enviara el contrato firmado y el certificado de residencia fiscal antes del viernes, para poder tramitar el pago de la factura.

      Atentamente,
      Javier Ortega
      Ortega Asesores`,
  },
  {
    id: 'nr-es-003',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'es',
    from: 'Carmen Ruiz <carmen.ruiz@estudioruiz.mx>',
    subject: 'Llamada la próxima semana',
    text: t`
      Hola Sam,

      ¿Podemos hacer una llamada la próxima semana para hablar del rediseño? Yo puedo el martes o el jueves a partir de las 10 (hora de México). Dime qué te viene mejor.

      Saludos,
      Carmen`,
  },
  {
    id: 'nr-es-004',
    label: 'needs_reply',
    kind: 'support',
    lang: 'es',
    from: 'Diego Sánchez <diego@sanchezbikes.es>',
    subject: 'No llegan los pedidos',
    text: t`
      Sam, desde ayer no me llegan los correos de los pedidos nuevos. En el panel sí aparecen. Puedes revisarlo cuando puedas? gracias

      Diego`,
  },
  {
    id: 'nr-es-005',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'es',
    from: 'Lucía Fernández <lucia.fernandez@gmail.com>',
    subject: 'Re: Consulta sobre la web',
    headers: { 'In-Reply-To': '<e5@mail.kellerworks.com>' },
    text: t`
      ¡Genial, gracias! El presupuesto me encaja. ¿Cuándo podrías empezar? Me gustaría tenerla lista antes de Navidad.

      El lun, 15 jul 2024 a las 12:30, Sam Keller (<sam@kellerworks.com>) escribió:
      > Hola Lucía, sí, trabajo con clientes en España. Te adjunto un presupuesto orientativo.`,
  },
  {
    id: 'nr-pt-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'pt',
    from: 'Mariana Costa <mariana.costa@costaarquitetura.com.br>',
    subject: 'Orçamento para site',
    text: t`
      Olá Sam,

      Vi o seu portfólio e gostei muito. Somos um escritório de arquitetura em São Paulo e precisamos de um site novo, em português e inglês. Você aceita projetos no Brasil? Qual seria o prazo?

      Abraços,
      Mariana Costa`,
  },
  {
    id: 'nr-pt-002',
    label: 'needs_reply',
    kind: 'request',
    lang: 'pt',
    from: 'João Silva <joao.silva@sapo.pt>',
    subject: 'Fatura',
    text: t`
      Bom dia Sam,

      Por favor envie-me a fatura de junho com o NIF da empresa, preciso dela para a contabilidade até sexta-feira.

      Obrigado,
      João`,
  },
  {
    id: 'nr-pt-003',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'pt',
    from: 'Beatriz Almeida <beatriz.almeida@almeidaeventos.pt>',
    subject: 'Reunião sobre o evento',
    text: t`
      Olá Sam,

      Podemos marcar uma reunião na quinta-feira para falar do site do festival? Estou disponível entre as 14h e as 17h. Diga-me o que lhe dá jeito.

      Cumprimentos,
      Beatriz`,
  },
  {
    id: 'nr-pt-004',
    label: 'needs_reply',
    kind: 'support',
    lang: 'pt',
    from: 'Rafael Souza <rafael.souza@gmail.com>',
    subject: 'Site fora do ar',
    text: t`
      Oi Sam, o site da loja está fora do ar desde hoje de manhã, aparece "erro 500". Consegue ver isso hoje? Estamos perdendo vendas.

      Valeu,
      Rafael`,
  },
  {
    id: 'nr-ja-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'ja',
    from: '田中 由紀 <yuki.tanaka@tanaka-design.jp>',
    subject: 'ウェブサイト制作のご相談',
    text: t`
      Sam様

      いつもお世話になっております。田中デザインの田中です。
      来月から新しいプロジェクトが始まるのですが、英語版サイトの制作をお願いできますでしょうか。
      ご都合の良いお時間を教えていただけますと幸いです。

      よろしくお願いいたします。
      田中 由紀`,
  },
  {
    id: 'nr-ja-002',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'ja',
    from: '佐藤 健 <ken.sato@sato-trading.co.jp>',
    subject: 'お打ち合わせの日程について',
    text: t`
      Keller様

      お世話になっております。佐藤商事の佐藤です。
      先日ご提案いただいた件について、一度オンラインでお打ち合わせをさせていただけないでしょうか。
      来週の火曜日か水曜日の午後はいかがでしょうか。

      何卒よろしくお願い申し上げます。
      佐藤 健`,
  },
  {
    id: 'nr-ja-003',
    label: 'needs_reply',
    kind: 'support',
    lang: 'ja',
    from: '山本 愛 <ai.yamamoto@yamamoto-cafe.jp>',
    subject: '予約フォームが動きません',
    text: t`
      Samさん

      こんにちは、山本カフェの山本です。
      昨日から予約フォームの送信ボタンを押してもエラーになってしまいます。
      お手数ですが、確認していただけますか？週末の予約が多いので急ぎでお願いします。

      山本`,
  },
  {
    id: 'nr-it-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'it',
    from: 'Giulia Romano <giulia.romano@libero.it>',
    subject: 'Preventivo sito agriturismo',
    text: t`
      Buongiorno Sam,

      gestisco un agriturismo in Toscana e vorrei rifare il sito con la possibilità di prenotare online. Lavora anche con clienti italiani? Mi può mandare un preventivo indicativo?

      Grazie mille,
      Giulia Romano`,
  },
  {
    id: 'nr-it-002',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'it',
    from: 'Marco Bianchi <marco.bianchi@bianchistudio.it>',
    subject: 'Call venerdì?',
    text: t`
      Ciao Sam,

      riusciamo a sentirci venerdì mattina per il progetto di Milano? Ho qualche domanda sulle tempistiche.

      Marco`,
  },
  {
    id: 'nr-nl-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'nl',
    from: 'Pieter de Vries <pieter@devries-bouw.nl>',
    subject: 'Vraag over onderhoud website',
    text: t`
      Hallo Sam,

      Onze website is al drie jaar niet bijgewerkt. Kunt u een onderhoudscontract aanbieden? Wat kost dat per maand?

      Met vriendelijke groet,
      Pieter de Vries`,
  },
  {
    id: 'nr-nl-002',
    label: 'needs_reply',
    kind: 'request',
    lang: 'nl',
    from: 'Sanne Jansen <sanne.jansen@hotmail.nl>',
    subject: "Foto's",
    text: t`
      Hoi Sam, wil je de foto's van zaterdag nog even sturen? Mijn moeder wil ze graag hebben. Dank je! Sanne`,
  },
  {
    id: 'nr-de-008',
    label: 'needs_reply',
    kind: 'question',
    lang: 'de',
    from: 'Lukas Hartmann <lukas.hartmann@hartmann-it.ch>',
    subject: 'Zusammenarbeit',
    text: t`
      Grüezi Sam

      Wir sind eine kleine IT-Firma in Zürich und suchen einen Partner für Webdesign. Wäre das für dich grundsätzlich interessant? Ich würde dir gerne zwei laufende Projekte zeigen.

      Beste Grüsse
      Lukas`,
  },
  {
    id: 'nr-fr-007',
    label: 'needs_reply',
    kind: 'request',
    lang: 'fr',
    from: 'Marc Dubois <marc.dubois@dubois-vins.fr>',
    subject: 'Catalogue 2025',
    text: t`
      Bonjour Sam,

      Je vous envoie le nouveau catalogue. Pourriez-vous mettre à jour la page des vins avant le salon du 15 ? Les prix ont changé pour une vingtaine de références.

      Merci d'avance,
      Marc`,
  },
  {
    id: 'nr-es-006',
    label: 'needs_reply',
    kind: 'request',
    lang: 'es',
    from: 'Ana Torres <ana.torres@torres-fisio.es>',
    subject: 'Cambiar horario en la web',
    text: t`
      Hola Sam, por favor cambia el horario de la clínica en la web: a partir de septiembre abrimos de 8 a 20 de lunes a viernes. Gracias!!`,
  },
  {
    id: 'nr-ja-004',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'ja',
    from: '田中 由紀 <yuki.tanaka@tanaka-design.jp>',
    subject: 'Re: ウェブサイト制作のご相談',
    headers: { 'In-Reply-To': '<j4@mail.kellerworks.com>' },
    text: t`
      Sam様

      早速のご返信ありがとうございます。
      お見積もりの件ですが、ページ数は10ページ程度を想定しております。納期は3か月でも可能でしょうか。

      田中

      > 田中様、ご連絡ありがとうございます。ぜひお手伝いさせてください。`,
  },
  {
    id: 'nr-pt-005',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'pt',
    from: 'Mariana Costa <mariana.costa@costaarquitetura.com.br>',
    subject: 'Re: Orçamento para site',
    headers: { 'In-Reply-To': '<p5@mail.kellerworks.com>' },
    text: t`
      Oi Sam,

      Perfeito, obrigada pelo orçamento. Só uma dúvida: a hospedagem está incluída ou é à parte?

      Mariana

      Em seg., 22 de jul. de 2024 às 09:14, Sam Keller <sam@kellerworks.com> escreveu:
      > Olá Mariana, segue o orçamento em anexo.`,
  },
];
