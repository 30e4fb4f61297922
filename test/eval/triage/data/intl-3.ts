import { bulk, type EvalEmail, t } from '../eval-email.js';

/**
 * Non-English mail of every class, third batch: questions and requests from clients, receipts,
 * notifications and newsletters, and spam (phishing, fake parcels, cold pitches) in German,
 * French, Spanish, Portuguese, Italian, Dutch and Japanese.
 */
export const INTL_3: EvalEmail[] = [
  {
    id: 'i3-de-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'de',
    from: 'Markus Brandt <m.brandt@brandt-steuer.de>',
    subject: 'Cookie-Banner',
    text: t`
      Hallo Herr Keller,

      unser Datenschutzbeauftragter meint, das Cookie-Banner auf unserer Seite sei nicht mehr rechtskonform. Können Sie sich das anschauen und uns sagen, was geändert werden muss?

      Viele Grüße
      Markus Brandt`,
  },
  {
    id: 'i3-de-002',
    label: 'needs_reply',
    kind: 'request',
    lang: 'de',
    from: 'Julia Hoffmann <julia@hoffmann-floristik.de>',
    subject: 'Öffnungszeiten Ostern',
    text: t`
      Hi Sam,

      kannst du bitte die Öffnungszeiten für Ostern auf die Startseite setzen? Karfreitag und Ostermontag geschlossen, Samstag 8-13 Uhr.

      Danke dir!
      Julia`,
  },
  {
    id: 'i3-de-003',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'de',
    from: 'Thomas Weber <thomas.weber@weber-maschinenbau.de>',
    subject: 'Termin für Relaunch-Workshop',
    text: t`
      Guten Tag Herr Keller,

      wir möchten den Workshop für den Relaunch gerne im Mai machen. Hätten Sie am 6. oder 7. Mai Zeit, zu uns nach Stuttgart zu kommen? Reisekosten übernehmen wir selbstverständlich.

      Mit freundlichen Grüßen
      Thomas Weber
      Leitung Marketing`,
  },
  {
    id: 'i3-de-004',
    label: 'needs_reply',
    kind: 'question',
    lang: 'de',
    from: 'Lena Fischer <lena.fischer@gmx.de>',
    subject: 'Anfrage Portfolio-Website',
    text: t`
      Hallo,

      ich bin Illustratorin und suche jemanden, der mir eine einfache Portfolio-Seite baut. Machen Sie auch kleine Projekte? Und mit welchen Kosten müsste ich ungefähr rechnen?

      Liebe Grüße
      Lena Fischer`,
  },
  {
    id: 'i3-fr-001',
    label: 'needs_reply',
    kind: 'request',
    lang: 'fr',
    from: 'Camille Laurent <camille@atelier-laurent.fr>',
    subject: 'Traduction anglaise du site',
    text: t`
      Bonjour Sam,

      Nous avons enfin la traduction anglaise de toutes les pages. Pourriez-vous la mettre en ligne avant le salon du 12 juin ? Je vous envoie les fichiers par WeTransfer cet après-midi.

      Merci d'avance,
      Camille`,
  },
  {
    id: 'i3-fr-002',
    label: 'needs_reply',
    kind: 'question',
    lang: 'fr',
    from: 'Nicolas Martin <n.martin@martin-immobilier.fr>',
    subject: 'Devis refonte',
    text: t`
      Bonjour,

      Nous sommes une agence immobilière à Lyon (8 personnes). Notre site a besoin d'une refonte complète, avec la synchronisation de nos annonces. Est-ce un projet que vous pourriez prendre en charge, et dans quels délais ?

      Cordialement,
      Nicolas Martin`,
  },
  {
    id: 'i3-fr-003',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'fr',
    from: 'Sophie Girard <sophie.girard@girard-avocats.fr>',
    subject: 'Point téléphonique',
    text: t`
      Sam, êtes-vous disponible jeudi à 10h pour faire le point sur la mise en ligne ? Sinon vendredi matin me va aussi.

      Sophie`,
  },
  {
    id: 'i3-es-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'es',
    from: 'Javier Morales <javier@moralesvinos.es>',
    subject: 'Tienda online',
    text: t`
      Hola Sam,

      ¿Es posible vender vino online a clientes de Alemania desde nuestra tienda? Nos preguntan mucho y no sé si hace falta cambiar algo en la web.

      Un saludo,
      Javier`,
  },
  {
    id: 'i3-es-002',
    label: 'needs_reply',
    kind: 'request',
    lang: 'es',
    from: 'Lucía Fernández <lucia.fernandez@fernandezdental.es>',
    subject: 'Cambiar fotos del equipo',
    text: t`
      Hola Sam,

      Te mando las fotos nuevas del equipo. ¿Podrías cambiarlas en la página "Nosotros"? Y por favor quita a la doctora Ruiz, que ya no trabaja con nosotros.

      Gracias,
      Lucía`,
  },
  {
    id: 'i3-es-003',
    label: 'needs_reply',
    kind: 'question',
    lang: 'es',
    from: 'Diego Navarro <diego.navarro@gmail.com>',
    subject: 'presupuesto web restaurante',
    text: t`
      buenas, tengo un restaurante pequeño en Valencia y quiero una web con la carta y reservas. cuánto costaría más o menos? gracias`,
  },
  {
    id: 'i3-pt-001',
    label: 'needs_reply',
    kind: 'request',
    lang: 'pt',
    from: 'Ana Costa <ana.costa@costaimoveis.pt>',
    subject: 'Formulário de contacto',
    text: t`
      Olá Sam,

      O formulário de contacto deixou de enviar mensagens desde sexta-feira. Pode verificar, por favor? Estamos a perder pedidos de clientes.

      Obrigada,
      Ana`,
  },
  {
    id: 'i3-pt-002',
    label: 'needs_reply',
    kind: 'question',
    lang: 'pt',
    from: 'Rafael Souza <rafael@souzacafe.com.br>',
    subject: 'Site em inglês',
    text: t`
      Oi Sam, tudo bem? Quanto custaria fazer uma versão em inglês do site? Vamos começar a exportar café para o Reino Unido.

      Abraços,
      Rafael`,
  },
  {
    id: 'i3-it-001',
    label: 'needs_reply',
    kind: 'request',
    lang: 'it',
    from: 'Giulia Romano <giulia.romano@romanodesign.it>',
    subject: 'Collaborazione progetto',
    text: t`
      Ciao Sam,

      ci siamo conosciuti a Londra alla conferenza di ottobre. Stiamo lavorando a un sito per un hotel in Toscana e ci servirebbe aiuto sullo sviluppo front-end. Potresti mandarmi la tua disponibilità per giugno e una tariffa giornaliera?

      Grazie,
      Giulia`,
  },
  {
    id: 'i3-it-002',
    label: 'needs_reply',
    kind: 'question',
    lang: 'it',
    from: 'Marco Bianchi <marco@bianchiceramiche.it>',
    subject: 'Problema con il carrello',
    text: t`
      Buongiorno Sam, alcuni clienti dicono che il carrello si svuota quando cambiano pagina. Sai da cosa può dipendere? Grazie, Marco`,
  },
  {
    id: 'i3-nl-001',
    label: 'needs_reply',
    kind: 'request',
    lang: 'nl',
    from: 'Pieter de Vries <pieter@devries-fietsen.nl>',
    subject: 'Nieuwe openingstijden',
    text: t`
      Hoi Sam,

      Kun je de openingstijden op de site aanpassen? Vanaf 1 mei zijn we op maandag gesloten. Alvast bedankt!

      Groet,
      Pieter`,
  },
  {
    id: 'i3-nl-002',
    label: 'needs_reply',
    kind: 'question',
    lang: 'nl',
    from: 'Sanne Bakker <sanne.bakker@bakkeradvies.nl>',
    subject: 'Offerte website',
    text: t`
      Beste Sam,

      Een collega van Jansen & Co raadde u aan. Wij zoeken een nieuwe website voor ons adviesbureau. Heeft u ruimte voor een nieuw project deze zomer, en kunt u een indicatie van de kosten geven?

      Met vriendelijke groet,
      Sanne Bakker`,
  },
  {
    id: 'i3-ja-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'ja',
    from: '佐藤 健 <k.sato@sato-design.jp>',
    subject: 'サイトの表示について',
    text: t`
      Sam様

      いつもお世話になっております。佐藤です。
      スマートフォンでトップページの画像が表示されないという連絡がありました。確認していただけますでしょうか。

      よろしくお願いいたします。
      佐藤`,
  },
  {
    id: 'i3-ja-002',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'ja',
    from: '山本 美咲 <misaki.yamamoto@yamamoto-tea.jp>',
    subject: '打ち合わせのお願い',
    text: t`
      Sam様

      新しいオンラインショップの件で、来週オンラインで打ち合わせをお願いできますでしょうか。火曜日か木曜日の午後が都合がよいです。

      山本`,
  },
  {
    id: 'i3-de-101',
    label: 'informational',
    kind: 'receipt',
    lang: 'de',
    from: 'Hetzner Online <billing@hetzner.com>',
    subject: 'Ihre Rechnung R0021847263',
    text: t`
      Sehr geehrter Kunde,

      anbei erhalten Sie Ihre Rechnung R0021847263 über 23,80 EUR. Der Betrag wird in den nächsten Tagen von Ihrem Konto abgebucht.

      Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.

      Hetzner Online GmbH`,
  },
  {
    id: 'i3-de-102',
    label: 'informational',
    kind: 'shipping',
    lang: 'de',
    from: 'DHL Paket <noreply@dhl.de>',
    subject: 'Ihre Sendung kommt heute',
    text: t`
      Hallo Sam Keller,

      Ihre Sendung 00340434161094027318 von Thomann wird heute zwischen 10:30 und 13:00 Uhr zugestellt.

      Sendungsverfolgung: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?idc=00340434161094027318

      Ihr DHL Team`,
  },
  {
    id: 'i3-de-103',
    label: 'informational',
    kind: 'fyi',
    lang: 'de',
    from: 'Julia Hoffmann <julia@hoffmann-floristik.de>',
    subject: 'Re: Öffnungszeiten Ostern',
    headers: { 'In-Reply-To': '<i3de103@mail.kellerworks.com>' },
    text: t`
      Perfekt, sieht super aus. Danke dir und frohe Ostern!

      Julia`,
  },
  {
    id: 'i3-fr-101',
    label: 'informational',
    kind: 'notification',
    lang: 'fr',
    from: 'OVHcloud <noreply@ovh.com>',
    subject: 'Votre nom de domaine a été renouvelé',
    text: t`
      Bonjour,

      Le nom de domaine atelier-laurent.fr a été renouvelé automatiquement pour 1 an. Aucune action n'est requise de votre part.

      Ceci est un message automatique, merci de ne pas y répondre.

      L'équipe OVHcloud`,
  },
  {
    id: 'i3-fr-102',
    label: 'informational',
    kind: 'newsletter',
    lang: 'fr',
    from: 'Smashing Magazine FR <newsletter@alsacreations.com>',
    subject: 'La lettre d’Alsacréations #212',
    headers: bulk('<lettre.alsacreations.com>', '<https://www.alsacreations.com/desinscription>'),
    text: t`
      Au sommaire cette semaine : les nouveautés CSS de Chrome 124, un tutoriel sur les container queries et les offres d'emploi de la semaine.

      Vous recevez cet e-mail car vous êtes inscrit à la lettre d'Alsacréations. Se désinscrire.`,
  },
  {
    id: 'i3-es-101',
    label: 'informational',
    kind: 'receipt',
    lang: 'es',
    from: 'Renfe <venta.internet@renfe.es>',
    subject: 'Confirmación de compra - Localizador X7K2PL',
    text: t`
      Gracias por su compra.

      Madrid Puerta de Atocha - Barcelona Sants
      Fecha: 14/05, salida 08:00, coche 5, plaza 12A
      Importe total: 67,30 €

      Este correo se ha generado automáticamente, por favor no responda a este mensaje.`,
  },
  {
    id: 'i3-pt-101',
    label: 'informational',
    kind: 'notification',
    lang: 'pt',
    from: 'Nubank <todomundo@nubank.com.br>',
    subject: 'Sua fatura fechou',
    text: t`
      Olá, Sam

      Sua fatura de maio fechou no valor de R$ 1.284,90, com vencimento em 10/06. O pagamento está configurado em débito automático, então você não precisa fazer nada.

      Esta é uma mensagem automática.`,
  },
  {
    id: 'i3-it-101',
    label: 'informational',
    kind: 'calendar',
    lang: 'it',
    from: 'Giulia Romano <giulia.romano@romanodesign.it>',
    subject: 'Invito accettato: Chiamata progetto hotel @ gio 6 giu 15:00',
    text: t`
      Giulia Romano ha accettato questo invito.

      Chiamata progetto hotel
      giovedì 6 giugno 2024 15:00 – 15:30 (CEST)

      Invito da Google Calendar`,
  },
  {
    id: 'i3-nl-101',
    label: 'informational',
    kind: 'receipt',
    lang: 'nl',
    from: 'bol. <noreply@bol.com>',
    subject: 'Bedankt voor je bestelling 4028117732',
    text: t`
      Hoi Sam,

      Bedankt voor je bestelling! We gaan meteen voor je aan de slag.

      Logitech MX Keys S - € 109,99
      Verwachte levering: morgen

      Dit is een automatisch bericht.`,
  },
  {
    id: 'i3-ja-101',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'ja',
    from: '佐藤 健 <k.sato@sato-design.jp>',
    subject: '自動返信: サイトの表示について',
    headers: { 'Auto-Submitted': 'auto-replied' },
    text: t`
      誠に勝手ながら、5月3日から5月6日まで休暇をいただいております。
      7日以降、順次対応いたします。`,
  },
  {
    id: 'i3-de-201',
    label: 'spam',
    kind: 'phishing',
    lang: 'de',
    from: 'Sparkasse <kundenservice@sparkasse-sicherheit-online.de>',
    subject: 'Wichtig: Ihr Online-Banking wurde eingeschränkt',
    text: t`
      Sehr geehrte Kundin, sehr geehrter Kunde,

      aufgrund neuer Sicherheitsrichtlinien wurde Ihr Zugang zum Online-Banking vorübergehend eingeschränkt. Bitte bestätigen Sie Ihre Identität innerhalb von 48 Stunden, um eine dauerhafte Sperrung zu vermeiden.

      Jetzt bestätigen: https://sparkasse-sicherheit-online.de/pushtan

      Ihre Sparkasse`,
  },
  {
    id: 'i3-de-202',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'de',
    from: 'Kevin Schulz <k.schulz@leadboost-agentur.de>',
    subject: 'Kurze Frage zu kellerworks.com',
    text: t`
      Hallo Sam,

      ich bin gerade auf kellerworks.com gestoßen und habe gesehen, dass Sie bei Google für "Webdesign Bristol" nicht auf Seite 1 stehen. Wir haben über 200 Agenturen wie Ihrer zu planbar mehr Anfragen verholfen.

      Hätten Sie diese Woche 15 Minuten für ein kurzes Gespräch? Passt Ihnen Donnerstag?

      Beste Grüße
      Kevin Schulz`,
  },
  {
    id: 'i3-fr-201',
    label: 'spam',
    kind: 'phishing',
    lang: 'fr',
    from: 'Chronopost <suivi@chronopost-livraison-colis.com>',
    subject: 'Votre colis est en attente',
    text: t`
      Bonjour,

      Votre colis n° XR4471120FR est en attente de livraison. Des frais de réexpédition de 1,99 € doivent être réglés avant sa remise.

      Pouvez-vous confirmer votre adresse et régler les frais ici : https://chronopost-livraison-colis.com/paiement

      Sans action de votre part sous 48h, le colis sera retourné à l'expéditeur.`,
  },
  {
    id: 'i3-es-201',
    label: 'spam',
    kind: 'phishing',
    lang: 'es',
    from: 'Agencia Tributaria <notificaciones@aeat-devoluciones.com>',
    subject: 'Tiene una devolución pendiente',
    text: t`
      Estimado contribuyente:

      Tras revisar su declaración, le corresponde una devolución de 386,50 €. Para recibir el importe debe confirmar sus datos bancarios en el siguiente enlace antes de 24 horas.

      https://aeat-devoluciones.com/reembolso

      Agencia Tributaria`,
  },
  {
    id: 'i3-es-202',
    label: 'spam',
    kind: 'crypto',
    lang: 'es',
    from: 'Laura Méndez <lauramendez.inversiones@gmail.com>',
    subject: 'hola, ¿todavía usas este correo?',
    text: t`
      Hola, perdona que te escriba así. Encontré tu correo en un grupo de emprendedores. Yo empecé hace seis meses con una plataforma de inversión en criptomonedas y ya gano 2.000 € al mes desde casa.

      ¿Te interesa que te explique cómo? Solo necesitas 250 € para empezar.

      Laura`,
  },
  {
    id: 'i3-pt-201',
    label: 'spam',
    kind: 'phishing',
    lang: 'pt',
    from: 'CTT Expresso <avisos@ctt-entregas-pt.com>',
    subject: 'A sua encomenda está retida na alfândega',
    text: t`
      Caro cliente,

      A sua encomenda RR982331045PT está retida na alfândega. Para libertar a entrega é necessário pagar a taxa aduaneira de 2,49 €.

      Pague aqui: https://ctt-entregas-pt.com/taxa

      CTT Expresso`,
  },
  {
    id: 'i3-it-201',
    label: 'spam',
    kind: 'phishing',
    lang: 'it',
    from: 'Poste Italiane <avviso@posteitaliane-verifica.com>',
    subject: 'Il tuo conto BancoPosta è stato sospeso',
    text: t`
      Gentile cliente,

      abbiamo rilevato un accesso anomalo al tuo conto BancoPosta. Per motivi di sicurezza il conto è stato sospeso. Verifica la tua identità entro 24 ore cliccando qui sotto.

      VERIFICA ORA

      Poste Italiane`,
  },
  {
    id: 'i3-nl-201',
    label: 'spam',
    kind: 'phishing',
    lang: 'nl',
    from: 'ING <service@ing-beveiliging.nl>',
    subject: 'Uw betaalpas verloopt',
    text: t`
      Geachte klant,

      Uw betaalpas verloopt binnenkort. Om een nieuwe pas te ontvangen moet u uw gegevens bevestigen via de onderstaande link. Doet u dit niet binnen 48 uur, dan wordt uw rekening geblokkeerd.

      https://ing-beveiliging.nl/passen/vernieuwen

      Met vriendelijke groet,
      ING Klantenservice`,
  },
  {
    id: 'i3-ja-201',
    label: 'spam',
    kind: 'phishing',
    lang: 'ja',
    from: 'Amazon.co.jp <account-update@amazon-co-jp.security-check.xyz>',
    subject: '【重要】お支払い方法の確認が必要です',
    text: t`
      お客様

      お支払い方法に問題が発生したため、アカウントを一時停止しました。24時間以内に以下のリンクから情報を更新してください。

      https://amazon-co-jp.security-check.xyz/update

      Amazon.co.jp カスタマーサービス`,
  },
];
