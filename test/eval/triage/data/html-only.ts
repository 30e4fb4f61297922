import { bulk, type EvalEmail } from '../eval-email.js';

/** HTML-only mail of every class, some with text hidden from the reader. */
export const HTML_ONLY: EvalEmail[] = [
  {
    id: 'ht-nr-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Patricia Lowe <patricia.lowe@lowefinancial.com>',
    subject: 'Client portal - new adviser logins',
    html:
      '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Hi Sam,</p>' +
      '<p>We have two new advisers joining on the 1st. Could you set up portal logins for them? Their details are in the attached form.</p>' +
      '<p>Also, is it possible to give them read-only access for the first month?</p>' +
      '<p>Kind regards,<br>Patricia</p><p style="color:#888;font-size:8pt">Lowe Financial Planning Ltd is authorised and regulated by the Financial Conduct Authority. This email is confidential and intended solely for the addressee.</p></div></body></html>',
  },
  {
    id: 'ht-nr-002',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Website Contact Form <wordpress@fletcherbakes.com>',
    replyTo: 'Helen Price <helen.price@gmail.com>',
    subject: 'New message from Fletcher Bakes contact form',
    html:
      '<table><tr><td><b>Name:</b></td><td>Helen Price</td></tr><tr><td><b>Email:</b></td><td>helen.price@gmail.com</td></tr>' +
      '<tr><td><b>Message:</b></td><td>Hello, I would like to order a birthday cake for 30 people on 14 September, gluten free if possible. Can you do that and how much would it be?</td></tr></table>' +
      '<p>--<br>This e-mail was sent from a contact form on Fletcher Bakes</p>',
  },
  {
    id: 'ht-nr-003',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Aisha Rahman <aisha.rahman@lumenhealth.com>',
    subject: 'Pilot kick-off',
    html:
      '<div dir="ltr"><div>Hi Sam,</div><div><br></div><div>We are ready to kick off the pilot. Can you come to Leeds on the 9th or 10th of September for a half day? ' +
      'I&#39;d like the clinical leads to meet you in person.</div><div><br></div><div>Thanks,</div><div>Aisha</div><div><br></div>' +
      '<div class="gmail_signature">Aisha Rahman | Head of Product | Lumen Health</div></div>',
  },
  {
    id: 'ht-nr-004',
    label: 'needs_reply',
    kind: 'question',
    lang: 'de',
    from: 'Claudia Neumann <c.neumann@neumann-praxis.de>',
    subject: 'Online-Terminbuchung',
    html:
      '<p>Guten Tag Herr Keller,</p><p>unsere Patienten fragen immer öfter nach einer Online-Terminbuchung. Ist das mit unserer jetzigen Website möglich? ' +
      'Und was würde das ungefähr kosten?</p><p>Freundliche Grüße<br>Claudia Neumann</p>',
  },
  {
    id: 'ht-nr-005',
    label: 'needs_reply',
    kind: 'request',
    lang: 'fr',
    from: 'Marc Dubois <marc.dubois@dubois-vins.fr>',
    subject: 'Bannière vendanges',
    html: '<div>Bonjour Sam,</div><div>Merci de rajouter une bannière &laquo;&nbsp;Vendanges 2024&nbsp;&raquo; sur la page d&#39;accueil à partir de lundi. Je vous envoie la photo demain.</div><div>Bien à vous,<br>Marc</div>',
  },
  {
    id: 'ht-nr-006',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Gary Thompson <gary@thompsonplumbing.co.uk>',
    subject: 'RE: emails',
    headers: { 'In-Reply-To': '<g6@mail.kellerworks.com>' },
    html:
      '<div>that worked on the phone thanks. but now the ipad is doing the same thing, is it the same fix??</div><div><br></div><div>gary</div>' +
      '<hr><div><b>From:</b> Sam Keller<br><b>Sent:</b> 12 July 2024<br><b>Subject:</b> Re: emails</div><blockquote>Hi Gary, delete the account on the phone and add it again with the password I sent by text.</blockquote>',
  },
  {
    id: 'ht-nr-007',
    label: 'needs_reply',
    kind: 'question',
    lang: 'es',
    from: 'Carmen Ruiz <carmen.ruiz@estudioruiz.mx>',
    subject: 'Tipografías',
    html: '<p>Hola Sam,</p><p>¿Me puedes pasar el nombre de las tipografías que usaste en el sitio de Lumen? Al cliente le encantaron.</p><p>¡Gracias!<br>Carmen</p>',
  },
  {
    id: 'ht-nr-008',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Simon Price <simon.price@pricehardware.co.uk>',
    subject: 'orders not showing',
    html:
      '<p style="margin:0">Sam</p><p style="margin:0">&nbsp;</p><p style="margin:0">Orders from last night aren&#39;t showing in the back office. ' +
      'Customers have confirmation emails though. Can you look first thing please.</p><p style="margin:0">&nbsp;</p><p style="margin:0">Simon</p>' +
      '<p style="margin:0;font-size:9pt;color:gray">Price Hardware Ltd, 14 High St. Registered in England 0445512.</p>',
  },
  {
    id: 'ht-in-001',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Notion <team@mail.notion.so>',
    subject: 'Notion Calendar is here',
    headers: bulk('<product.mail.notion.so>', '<https://www.notion.so/unsubscribe>'),
    html:
      '<html><head><style>.btn{background:#000;color:#fff}</style></head><body><table width="600" align="center"><tr><td><img src="https://notion.so/logo.png" alt="Notion">' +
      '<h1>Meet Notion Calendar</h1><p>Your calendar and your docs, finally together. See your Notion databases in your calendar and join meetings in one click.</p>' +
      '<a class="btn" href="https://notion.so/calendar">Try it now</a><p style="font-size:11px;color:#999">Notion Labs, Inc. 2300 Harrison St, San Francisco. ' +
      '<a href="https://www.notion.so/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>',
  },
  {
    id: 'ht-in-002',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'IKEA <noreply@order.ikea.com>',
    subject: 'Thanks for your order 1293884120',
    html:
      '<table><tr><td><h2>Thanks for your order, Sam!</h2><p>Order number: 1293884120</p><table><tr><td>BEKANT desk 160x80</td><td>£210.00</td></tr>' +
      '<tr><td>MARKUS office chair</td><td>£149.00</td></tr><tr><td><b>Total</b></td><td><b>£359.00</b></td></tr></table>' +
      '<p>Delivery: Saturday 20 July, 07:00-21:00</p><p style="font-size:10px">This is an automatically generated email, please do not reply.</p></td></tr></table>',
  },
  {
    id: 'ht-in-003',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Figma <notifications@figma.com>',
    subject: 'Chloé commented on "Atelier Dupont – Gallery"',
    html:
      '<div><p><b>Chloé Dupont</b> commented on <b>Atelier Dupont – Gallery</b></p><blockquote>Love the new grid, can the captions be a bit bigger?</blockquote>' +
      '<p><a href="https://figma.com/file/abc">Reply in Figma</a></p><p style="font-size:11px">You&#39;re receiving this because you&#39;re a collaborator on this file. ' +
      '<a href="https://figma.com/settings">Notification settings</a></p></div>',
  },
  {
    id: 'ht-in-004',
    label: 'informational',
    kind: 'newsletter',
    lang: 'fr',
    from: 'Welcome to the Jungle <newsletter@welcometothejungle.com>',
    subject: 'Les offres de la semaine pour vous',
    headers: bulk(
      '<jobs.welcometothejungle.com>',
      '<https://www.welcometothejungle.com/desinscription>',
    ),
    html:
      '<table><tr><td><h1>Bonjour Sam,</h1><p>Voici les offres qui correspondent à votre profil : Lead designer chez Doctolib, Product designer chez Alan, UX designer chez BlaBlaCar.</p>' +
      '<p><a href="https://www.welcometothejungle.com/jobs">Voir toutes les offres</a></p><p style="font-size:10px">Vous recevez cet e-mail car vous êtes inscrit à nos alertes. ' +
      '<a href="https://www.welcometothejungle.com/desinscription">Se désinscrire</a></p></td></tr></table>',
  },
  {
    id: 'ht-in-005',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'ASOS <orders@asos.com>',
    subject: 'Your order is on its way!',
    html:
      '<table width="100%"><tr><td align="center"><img src="https://asos.com/logo.png" alt="ASOS"><h1>IT&#39;S ON ITS WAY</h1><p>Order no. 845512309</p>' +
      '<p>Estimated delivery: Wed 17 Jul</p><a href="https://asos.com/track">TRACK PARCEL</a><p style="font-size:10px">ASOS.com Limited, Greater London House.</p></td></tr></table>',
  },
  {
    id: 'ht-in-006',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Instagram <security@mail.instagram.com>',
    subject: 'New login to Instagram from Chrome on Mac',
    html:
      '<table><tr><td><p>Hi kellerworks,</p><p>We noticed a login to your account @kellerworks from a new device. If this was you, you can ignore this message.</p>' +
      '<p>Mac · Chrome · London, UK</p><p>If this wasn&#39;t you, <a href="https://instagram.com/accounts/password/reset">secure your account</a>.</p>' +
      '<p style="font-size:11px;color:#999">from Meta. This message was sent to sam@kellerworks.com.</p></td></tr></table>',
  },
  {
    id: 'ht-in-007',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Eventbrite <noreply@order.eventbrite.com>',
    subject: 'Your tickets for Design Week Party',
    html:
      '<div><h2>You&#39;re going to Design Week Party!</h2><p>Thu, 12 Sep, 19:00 · The Old Truman Brewery</p><p>Order #8812930 · 1 x General Admission · £0.00</p>' +
      '<p><a href="https://eventbrite.com/tickets">View tickets</a></p></div>',
  },
  {
    id: 'ht-in-008',
    label: 'informational',
    kind: 'notification',
    lang: 'de',
    from: 'Lieferando <noreply@lieferando.de>',
    subject: 'Deine Bestellung bei Pizzeria Roma',
    html:
      '<table><tr><td><h1>Danke für deine Bestellung!</h1><p>Pizzeria Roma bereitet deine Bestellung zu.</p><p>Voraussichtliche Lieferzeit: 19:40 - 20:00</p>' +
      '<p>Gesamt: 27,50 €</p></td></tr></table>',
  },
  {
    id: 'ht-sp-001',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Microsoft Office365 <security@office365-alerts-center.com>',
    subject: 'Unusual sign-in activity detected',
    html:
      '<html><body><table width="600"><tr><td><img src="http://office365-alerts-center.com/ms-logo.png"><h2>Unusual sign-in activity</h2>' +
      '<p>We detected something unusual about a recent sign-in to the Microsoft account sam@kellerworks.com.</p><p>Country/region: Russia<br>IP address: 185.220.101.4</p>' +
      '<p>Please go to your recent activity page to let us know whether or not this was you. If this wasn&#39;t you, we&#39;ll help you secure your account.</p>' +
      '<p><a href="http://office365-alerts-center.com/review" style="background:#2672ec;color:#fff;padding:8px">Review recent activity</a></p>' +
      '<span style="display:none">the quick brown fox jumps over the lazy dog weather garden football recipe holiday</span></td></tr></table></body></html>',
  },
  {
    id: 'ht-sp-002',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Best Deals <bestdeals@hot-offers-mail.info>',
    subject: 'RE: Your order',
    html:
      '<html><body bgcolor="#FFFFFF"><center><font face="Arial" size="5" color="#FF0000"><b>LOSE WEIGHT FAST!!!</b></font><br>' +
      '<font size="3">Doctors are amazed by this <b>100% NATURAL</b> formula. Order today and get a <b>FREE</b> bottle!</font><br><br>' +
      '<a href="http://hot-offers-mail.info/order"><font size="4">CLICK HERE TO ORDER NOW</font></a><br><br>' +
      '<font size="1" color="#FFFFFF">fgjhkl wertyuio zxcvbnm asdfghjkl qwerty</font>' +
      '<div style="font-size:0">invoice meeting project schedule agenda minutes</div>' +
      '<font size="1">To be removed from our list click <a href="http://hot-offers-mail.info/remove">here</a>.</font></center></body></html>',
  },
  {
    id: 'ht-sp-003',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Nina Brooks <nina@webflow-experts-agency.com>',
    subject: 'Quick question about your website',
    html:
      '<div>Hi Sam,</div><div><br></div><div>I was browsing kellerworks.com and had a couple of ideas to improve conversions. Would you be open to a free 20-minute website review call?</div>' +
      '<div><br></div><div>Best,<br>Nina Brooks<br>Growth Lead, Webflow Experts</div><div><br></div>' +
      '<div style="font-size:10px;color:#aaa">Not interested? <a href="https://webflow-experts-agency.com/optout?e=sam">Click here</a> and I won&#39;t reach out again.</div>' +
      '<img src="https://track.webflow-experts-agency.com/open.gif?id=88321" width="1" height="1">',
  },
  {
    id: 'ht-sp-004',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Dropbox <no-reply@dropbox-file-share.info>',
    subject: 'Sam Keller shared "Invoice_June.pdf" with you',
    html:
      '<table><tr><td><img src="https://dropbox-file-share.info/logo.png"><p><b>Ruth Baines</b> shared a file with you.</p><p>Invoice_June.pdf</p>' +
      '<p><a href="http://dropbox-file-share.info/login?next=file" style="background:#0061fe;color:white;padding:10px">View file</a></p>' +
      '<p>Please sign in with your email account to view the document.</p></td></tr></table>',
  },
  {
    id: 'ht-sp-005',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Western Union Payments <wu.payments@consultant.com>',
    subject: 'Your payment of $5,000 is ready for pickup',
    html:
      '<p><b>WESTERN UNION MONEY TRANSFER</b></p><p>Dear Beneficiary,</p><p>We have been instructed to send you $5,000 daily until the total sum of $850,000 is completed. ' +
      'Your first payment is ready. Can you reconfirm your full name, country and phone number so we can send the MTCN?</p><p>Contact: Mr. David Allen, Payment Officer</p>',
  },
  {
    id: 'ht-sp-006',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'VIP Watch Club <club@elite-watches-outlet.top>',
    subject: 'Sam, exclusive invitation',
    headers: bulk('<club.elite-watches-outlet.top>', '<https://elite-watches-outlet.top/u>'),
    html:
      '<table width="600" style="background:#000;color:#fff"><tr><td><h1 style="color:gold">EXCLUSIVE MEMBERS SALE</h1><p>Designer watches up to <b>85% OFF</b>. ' +
      'Only 48 hours left!</p><p><a href="https://elite-watches-outlet.top/shop" style="color:gold">SHOP NOW &gt;&gt;</a></p>' +
      '<p style="font-size:9px">You received this because you signed up on one of our partner sites. <a href="https://elite-watches-outlet.top/u">Unsubscribe</a></p></td></tr></table>',
  },
  {
    id: 'ht-sp-007',
    label: 'spam',
    kind: 'phishing',
    lang: 'de',
    from: 'PayPal <service@paypal-konto-pruefung.de>',
    subject: 'Ihr PayPal-Konto wurde eingeschränkt',
    html:
      '<table><tr><td><img src="http://paypal-konto-pruefung.de/pp.png"><p>Sehr geehrter Kunde,</p><p>wir haben ungewöhnliche Aktivitäten in Ihrem Konto festgestellt. ' +
      'Bitte bestätigen Sie Ihre Identität innerhalb von 48 Stunden, andernfalls wird Ihr Konto dauerhaft gesperrt.</p>' +
      '<p><a href="http://paypal-konto-pruefung.de/login">Jetzt bestätigen</a></p><div style="display:none">Hallo wie geht es dir heute Wetter Fußball</div></td></tr></table>',
  },
  {
    id: 'ht-sp-008',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Adobe Software Outlet <sales@oem-software-cheap.net>',
    subject: 'Photoshop, Office, Windows - 90% off',
    html:
      '<html><body><p><font color="blue" size="4">OEM SOFTWARE AT UNBEATABLE PRICES</font></p><ul><li>Adobe Photoshop 2024 - $59</li><li>Microsoft Office 2021 Pro - $39</li>' +
      '<li>Windows 11 Pro - $29</li></ul><p>Instant download! <a href="http://oem-software-cheap.net">Order now</a></p>' +
      '<p style="visibility:hidden">dear friend thank you for the lovely dinner see you next week</p></body></html>',
  },
  {
    id: 'ht-sp-009',
    label: 'spam',
    kind: 'crypto',
    lang: 'en',
    from: 'Elon Giveaway <event@tesla-btc-giveaway.live>',
    subject: 'Official giveaway - send 0.1 BTC, get 0.2 BTC back',
    html:
      '<center><h1>OFFICIAL CRYPTO GIVEAWAY</h1><p>To celebrate, we are giving away 5,000 BTC. Send between 0.1 and 20 BTC to the address below and receive DOUBLE back instantly!</p>' +
      '<p><b>bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh</b></p><p>Hurry, offer ends in 2 hours!</p></center>',
  },
  {
    id: 'ht-sp-010',
    label: 'spam',
    kind: 'phishing',
    lang: 'es',
    from: 'Santander <avisos@santander-seguridad-clientes.com>',
    subject: 'Aviso importante: actualice sus datos',
    html:
      '<p>Estimado cliente,</p><p>Por motivos de seguridad, es necesario que actualice sus datos. Si no lo hace en 24 horas, su cuenta será bloqueada.</p>' +
      '<p><a href="http://santander-seguridad-clientes.com/acceso">Acceder a mi cuenta</a></p><p>Banco Santander</p>',
  },
  {
    id: 'ht-sp-011',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Free Gift Card <winner@rewards-center-usa.com>',
    subject: 'You have (1) unclaimed reward',
    html:
      '<div style="text-align:center"><h2>CONGRATULATIONS!</h2><p>You have been selected to receive a <b>$500 Walmart Gift Card</b>. Answer 3 quick questions to claim your reward.</p>' +
      '<p><a href="http://rewards-center-usa.com/claim">CLAIM NOW</a></p><p style="font-size:8px">This is an advertisement. If you no longer wish to receive these emails, unsubscribe here or write to: 1234 Main St, Suite 100, Las Vegas NV.</p></div>',
  },
  {
    id: 'ht-sp-012',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Marketing Team <hello@b2b-growth-hackers.io>',
    subject: 'Sam, want 50 new clients this quarter?',
    headers: { 'List-Unsubscribe': '<https://b2b-growth-hackers.io/unsub>' },
    html:
      '<p>Hi Sam,</p><p>What would 50 new clients mean for Kellerworks this quarter? Our done-for-you outreach system fills your calendar with qualified meetings. ' +
      'Guaranteed or your money back.</p><p><a href="https://b2b-growth-hackers.io/book">Book a free strategy call</a></p><p>Cheers,<br>The Growth Hackers Team</p>',
  },
];
