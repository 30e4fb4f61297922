import { bulk, type EvalEmail, t } from '../eval-email.js';

/**
 * Spam, fourth batch: fraud and pitches written to look like a person's email that ask a
 * question or make a request (the offline model's costly error is drafting a reply to these),
 * and older-style bulk spam (HTML-only, ALL CAPS, "remove me" lines, money amounts, pharmacy,
 * mortgage, lottery, 419, stock tips).
 */
export const SPAM_4: EvalEmail[] = [
  {
    id: 's4-en-001',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Daniel Price <daniel.price.webfix@gmail.com>',
    subject: 'Question about kellerworks.com',
    text: t`
      Hi there,

      I was on your website earlier and noticed a few things that might be costing you customers (slow mobile loading, a couple of broken links, missing meta descriptions).

      Would you like me to send over a short report with the fixes? No charge for the report.

      Thanks,
      Daniel`,
  },
  {
    id: 's4-en-002',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Olivia Grant <olivia@growthlane-media.com>',
    subject: 'Re: guest post',
    text: t`
      Hey,

      Just following up on my previous email. I'd love to contribute a guest article to your blog, completely free. In return I'd only ask for one do-follow link in the author bio.

      Do you accept guest posts? If yes, what topics would work best for your readers?

      Cheers,
      Olivia`,
  },
  {
    id: 's4-en-003',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Mrs. Grace Williams <gracewilliams2231@outlook.com>',
    subject: 'Please can I trust you?',
    text: t`
      Good day,

      I am Mrs Grace Williams, a widow suffering from a long illness. My late husband left the sum of $4,500,000 in a bank here and I want to donate it to charity through a trustworthy person.

      Can I trust you with this? Please reply with your full name and phone number so I can give you more details.

      God bless you.`,
  },
  {
    id: 's4-en-004',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Mark Ellis <mark.ellis.invoices@gmail.com>',
    subject: 'Invoice query',
    text: t`
      Hi,

      Can you check the attached invoice and let me know if it's been paid? Our accounts team says it is outstanding. The link to view it is below as the file was too big to attach:

      https://docs-share-view.com/inv/88213

      Thanks
      Mark`,
  },
  {
    id: 's4-en-005',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Legal Department <copyright.notice@imagerights-claims.org>',
    subject: 'Copyright infringement on your website',
    text: t`
      Hello,

      Your website uses an image that I own the rights to, without a license. This is a violation of copyright law. You can see my original photo and proof of ownership here: https://sites.google.com/view/photo-evidence-7721

      Please remove the image and contact me within 24 hours to discuss compensation, or I will file a legal claim. Do you understand?

      Regards,
      Melissa Hart
      Photographer`,
  },
  {
    id: 's4-en-006',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Ryan <ryan@appdevteam.in>',
    subject: 'Quick question',
    text: t`
      Hi,

      Are you the right person to talk to about app development at your company? We build iOS and Android apps at a fraction of the usual cost ($15/hour).

      If not, could you point me to the right person?

      Best,
      Ryan`,
  },
  {
    id: 's4-en-007',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Claire Benson <claire.benson1975@yahoo.com>',
    subject: 'Website quote',
    text: t`
      Hello,

      I need a website for my new cleaning business. My budget is $5,000. I am currently offshore so I can't talk on the phone. My consultant already has the content and will send it to you.

      I will pay by credit card. Can you give me a quote and tell me if you accept cards? Then I will need you to pay the consultant from the deposit.

      Claire`,
  },
  {
    id: 's4-en-008',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Barrister James Okafor <j.okafor.chambers@gmail.com>',
    replyTo: 'jokafor.esq@protonmail.com',
    subject: 'Re: Your late relative',
    text: t`
      Dear Keller,

      I am Barrister James Okafor, personal attorney to the late engineer who bears the same surname as you. He died with his family in a car accident and left a deposit of US$7.2 Million with a bank here.

      I want to present you as the next of kin so the proceeds can be paid to you. We will share 50/50. Are you interested? Reply to my private email.

      Barrister James Okafor`,
  },
  {
    id: 's4-en-009',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Paul Kent <paul.kent@kentdesigns-studio.net>',
    subject: 'Did you get my message?',
    text: t`
      Hi Sam,

      I sent you the project files on Friday but haven't heard back. Can you confirm you received them? Here they are again in case: https://we-transfer-files.com/d/k2h91

      You'll need to sign in with your email to download.

      Paul`,
  },
  {
    id: 's4-en-010',
    label: 'spam',
    kind: 'crypto',
    lang: 'en',
    from: 'Anna <anna.lee.trades@gmail.com>',
    subject: 'hi, remember me?',
    text: t`
      Hi! Sorry, I think I had you in my contacts from the conference last year? I've been doing really well with a crypto trading mentor, I made $3,200 last week alone.

      Do you want me to introduce you? It's not a scam, I was skeptical too lol. What's your WhatsApp?

      Anna`,
  },
  {
    id: 's4-en-011',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Natasha from LeadFlow <natasha@leadflow-data.co>',
    subject: 'Attendee list - Web Summit',
    text: t`
      Hi,

      Would you be interested in acquiring the attendee list of Web Summit 2026? We have 42,318 verified contacts with names, titles, emails and phone numbers.

      Let me know if you are interested and I will send over the pricing and a sample.

      Natasha
      Data Specialist`,
  },
  {
    id: 's4-en-012',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Domain Services <renewals@domain-registry-services.com>',
    subject: 'kellerworks.com - Domain Expiration Notice',
    text: t`
      Attn: Sam Keller

      Your domain kellerworks.com search engine registration is about to expire. Failure to complete your registration by the expiry date may result in the loss of online visibility.

      Secure it now for $86.00 per year: http://domain-registry-services.com/renew?d=kellerworks.com

      This is not a bill. You are under no obligation to pay unless you accept this offer.`,
  },
  {
    id: 's4-en-013',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Helen Strauss <h.strauss@finance-kellerworks.com>',
    subject: 'Wire request',
    text: t`
      Sam,

      Are you at your desk? I need a wire of €18,400 processed before the bank cut-off today for a new supplier. I'll send the beneficiary details once you confirm.

      Keep this between us for now, it's time sensitive.

      Helen`,
  },
  {
    id: 's4-en-014',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Jason Miller <jason@rankboost-pro.com>',
    subject: 'Page 1 of Google?',
    text: t`
      Hi Sam,

      I noticed kellerworks.com isn't ranking for "web design" in your area. We can get you on the first page of Google within 90 days, guaranteed, or you don't pay.

      Can I send you a free video audit? Just reply "yes".

      Jason`,
  },
  {
    id: 's4-en-015',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Kevin <kevin.b.photos@gmail.com>',
    subject: 'is this you?',
    text: t`
      hey is this you in this picture?? lol http://bit.ly/3xPh0t0

      i couldn't believe it`,
  },
  {
    id: 's4-en-016',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Sgt. Michael Brown <sgt.michaelbrown@mail.com>',
    subject: 'Private',
    text: t`
      Hello friend,

      I am an American soldier serving in Syria. During a raid we recovered a box containing $12.5 million. I need a trusted partner to receive the box on my behalf. You will get 30% for your assistance.

      Can you help me? Please reply urgently, this is risk free.

      Michael`,
  },
  {
    id: 's4-en-017',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Priya Nair <priya@offshore-dev-hub.com>',
    subject: 'Following up',
    text: t`
      Hi Sam,

      I'm following up to see if you had a chance to read my last email about our white-label WordPress development. We help agencies like yours deliver more projects without hiring.

      Would you be open to a 15 minute call this week? What time suits you?

      Priya`,
  },
  {
    id: 's4-en-018',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Sarah Collins <sarah.collins.hr@outlook.com>',
    subject: 'Job offer - please review',
    text: t`
      Hi,

      We reviewed your profile and would like to offer you a part-time remote position as a payment processing agent. You will receive payments from our clients and transfer them on, keeping 10% as commission.

      Could you send me your full name, address and bank details so we can set up your account?

      Sarah Collins
      HR Manager`,
  },
  {
    id: 's4-en-019',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Tom Walsh <tomwalsh.contracts@gmail.com>',
    subject: 'Proposal document',
    text: t`
      Hi Sam,

      Please review the proposal document I shared with you and let me know your thoughts. It was shared via OneDrive as a secure file.

      View document: https://onedrive-securefile.com/view?id=sam.keller

      Regards,
      Tom`,
  },
  {
    id: 's4-en-020',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'James <james.carter.1961@aol.com>',
    subject: 'Can you do me a favor?',
    text: t`
      Hi, are you available? I need to get a gift card for my niece's birthday but I can't do it right now, I'm travelling. Can you buy it for me and I'll pay you back tonight? Let me know.

      James`,
  },
  {
    id: 's4-en-021',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Emily Ross <emily@reviewsboost.io>',
    subject: 'Your Google reviews',
    text: t`
      Hi,

      I saw you only have 9 Google reviews. Businesses with 50+ reviews get 3x more calls. We can add real 5-star reviews from local accounts for $5 each.

      How many would you like to start with?

      Emily`,
  },
  {
    id: 's4-en-022',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Rachel Morgan <rachel.morgan@morganwellness.co>',
    subject: 'Voicemail for you (0:47)',
    text: t`
      Hi Sam,

      I left you a voicemail this morning, did you get it? The recording is here if it's easier: https://vm-message-center.net/play/99123

      It's about the project we discussed. Call me back when you can.

      Rachel`,
  },
  {
    id: 's4-en-023',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Bella <bella_lonely88@hotmail.com>',
    subject: 'hello dear',
    text: t`
      Hello dear, how are you? I saw your profile and you look like a kind man. I am new in this town and looking for a friend to talk to. Do you want to see my photos? Write me back to my private email bella.private@mail.ru`,
  },
  {
    id: 's4-en-024',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Award Committee <nominations@smallbusiness-excellence-awards.com>',
    subject: 'Congratulations Sam - shortlisted for Web Studio of the Year',
    text: t`
      Dear Sam,

      We are delighted to inform you that Keller Works has been shortlisted for Web Design Studio of the Year 2026. To confirm your place in the final, please complete your entry and pay the £495 administration fee.

      Would you like to proceed? Let us know by Friday.

      The Awards Team`,
  },
  {
    id: 's4-en-025',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Brian Hughes <brian@hughes-roofing.co.uk>',
    replyTo: 'brianhughes.roofing@gmail.com',
    subject: 'Outstanding payment',
    text: t`
      Hi Sam,

      Hope all is good. We have a payment of £2,350 due from you for the work at the studio. Our bank details have been updated, can you let me know when you're ready to pay so I can send the new ones?

      Thanks,
      Brian`,
  },
  {
    id: 's4-en-026',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Mortgage Center <rates@lowrate-mortgage-now.com>',
    to: 'undisclosed-recipients:;',
    subject: 'RATES HAVE DROPPED!!! Refinance Now',
    text: t`
      MORTGAGE RATES ARE AT AN ALL TIME LOW!!!

      Refinance your home TODAY and SAVE HUNDREDS every month. Rates as low as 3.25%! Bad credit? NO PROBLEM!

      * Debt consolidation
      * Cash out for home improvement
      * No closing costs

      CLICK HERE to get your FREE quote: http://www.lowrate-mortgage-now.com/q.php?id=4431

      To be removed from our mailing list reply with REMOVE in the subject.`,
  },
  {
    id: 's4-en-027',
    label: 'spam',
    kind: 'pharma',
    lang: 'en',
    from: 'Online Pharmacy <sales@rx-discount-meds.biz>',
    subject: 'V1AGRA, C1ALIS - 80% off',
    text: t`
      Best prices on the internet!

      V1agra 100mg x 30 pills - $59.95
      C1alis 20mg x 30 pills - $69.95
      Xanax, Valium, Soma also available

      NO PRESCRIPTION NEEDED. Discreet shipping worldwide.

      Order now: http://rx-discount-meds.biz

      If you no longer wish to receive our offers click here.`,
  },
  {
    id: 's4-en-028',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'UK National Lottery <claims@uknl-promo.org>',
    to: 'undisclosed-recipients:;',
    subject: 'WINNING NOTIFICATION',
    text: t`
      ATTENTION: WINNER!!!

      Your email address has won the sum of £1,500,000.00 GBP in our international email lottery draw held on 12th October. Ticket number 7731-0092, serial number 4471.

      To claim your prize contact our claims agent Mr. Peter Jones with the following: full name, address, age, occupation and telephone number.

      Email: peterjones.claims@yahoo.co.uk

      Congratulations once again!`,
  },
  {
    id: 's4-en-029',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'DR. IBRAHIM SANI <dr_ibrahimsani@netscape.net>',
    subject: 'URGENT BUSINESS PROPOSAL',
    text: t`
      DEAR SIR,

      I AM DR. IBRAHIM SANI, THE DIRECTOR OF AUDIT AND ACCOUNTING UNIT OF THE FEDERAL MINISTRY OF MINES AND POWER. I GOT YOUR CONTACT IN MY SEARCH FOR A RELIABLE FOREIGN PARTNER WHO WILL ASSIST IN THE TRANSFER OF US$28,500,000.00 (TWENTY EIGHT MILLION FIVE HUNDRED THOUSAND DOLLARS) FROM AN OVER-INVOICED CONTRACT.

      YOU WILL BE ENTITLED TO 25% OF THE TOTAL SUM. PLEASE TREAT AS STRICTLY CONFIDENTIAL AND REPLY URGENTLY WITH YOUR PRIVATE TELEPHONE AND FAX NUMBERS.

      YOURS FAITHFULLY,
      DR. IBRAHIM SANI`,
  },
  {
    id: 's4-en-030',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Hot Stock Alert <alerts@smallcap-insider.net>',
    subject: 'This stock is about to EXPLODE',
    text: t`
      Symbol: GRNX
      Current price: $0.08
      Target: $1.50

      GreenX Energy has just signed a multi-million dollar contract. Insiders are buying. This is your chance to get in BEFORE the news breaks on Monday!

      Don't miss out like you did last time. Watch GRNX open on Monday morning!

      This newsletter is paid for by a third party. We may hold shares.`,
  },
  {
    id: 's4-en-031',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Home Business <success@workathome-today.net>',
    subject: 'Make $5,000 a Week From Home!!!',
    html:
      '<html><body bgcolor="#FFFFCC"><center><font size="6" color="#FF0000"><b>MAKE $5,000 A WEEK FROM HOME!!!</b></font><br>' +
      '<font size="4">NO Selling! NO Experience Needed! Work Only 2 Hours A Day!</font><br><br>' +
      '<a href="http://workathome-today.net/join.html"><font size="5">CLICK HERE TO START TODAY</font></a><br><br>' +
      '<font size="1">You received this email because you signed up at one of our partner sites. To unsubscribe <a href="http://workathome-today.net/remove.html">click here</a>.</font></center></body></html>',
  },
  {
    id: 's4-en-032',
    label: 'spam',
    kind: 'pharma',
    lang: 'en',
    from: 'Herbal Health <info@herbal-enhance.info>',
    subject: 'Gain 3 inches in 8 weeks - guaranteed',
    html:
      '<html><body><table width="500"><tr><td><h2>100% NATURAL HERBAL FORMULA</h2>' +
      '<p>Doctor-approved formula! Thousands of satisfied customers! <b>60 DAY MONEY BACK GUARANTEE</b></p>' +
      '<p><a href="http://herbal-enhance.info/order">ORDER NOW and get 2 bottles FREE</a></p>' +
      '<p style="font-size:10px">To be removed from our list, <a href="http://herbal-enhance.info/unsub">click here</a>.</p></td></tr></table></body></html>',
  },
  {
    id: 's4-en-033',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Debt Relief <help@debtfree-america.us>',
    subject: 'Are you drowning in debt?',
    text: t`
      Are you tired of harassing phone calls from creditors? Do you owe more than $10,000 in credit card debt?

      We can cut your debt by up to 60% and you could be DEBT FREE in as little as 24 months. No loans, no bankruptcy.

      Call now for a FREE consultation: 1-888-555-0142

      This is a one-time mailing. To be taken off our list send a blank email to remove@debtfree-america.us`,
  },
  {
    id: 's4-en-034',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Cable Deals <offers@free-cable-box.com>',
    subject: 'Get ALL premium channels FREE',
    text: t`
      Why pay $100 a month for cable?

      Our descrambler lets you watch ALL premium channels, pay-per-view movies and sporting events for FREE! Easy to install, works with any cable box. Only $49.95!

      ORDER TODAY: http://free-cable-box.com

      You are receiving this message because you are on a list of people interested in home electronics. Reply with "remove" to be removed.`,
  },
  {
    id: 's4-en-035',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Dear Friend <friend1823@hotmail.com>',
    to: 'undisclosed-recipients:;',
    subject: 'Re: your request',
    text: t`
      Dear Friend,

      As you requested, here is the information on how to receive $50,000 in the next 90 days. This is a LEGAL, PROVEN program. All you do is send $5 to each of the 5 names on the list below, then add your name to the bottom.

      THIS REALLY WORKS! Print this letter now and read it carefully.

      This message is sent in compliance with the proposed bill section 301.`,
  },
  {
    id: 's4-en-036',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Ink Outlet <sales@ink-outlet-direct.com>',
    subject: 'Printer Cartridges up to 80% OFF',
    html:
      '<table><tr><td><font face="Arial" size="5" color="blue"><b>SAVE UP TO 80% ON INK!</b></font></td></tr>' +
      '<tr><td>HP, Epson, Canon, Lexmark - compatible cartridges from $2.99! FREE shipping on orders over $40.</td></tr>' +
      '<tr><td><a href="http://ink-outlet-direct.com/?src=em">SHOP NOW</a></td></tr>' +
      '<tr><td><font size="1">If you do not wish to receive future mailings please reply with REMOVE.</font></td></tr></table>',
  },
  {
    id: 's4-en-037',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Diploma Program <registrar@univ-degrees.org>',
    subject: 'UNIVERSITY DIPLOMAS',
    text: t`
      Obtain a prosperous future, money earning power, and the admiration of all.

      Diplomas from prestigious non-accredited universities based on your present knowledge and life experience.

      No required tests, classes, books, or interviews. Bachelors, masters, MBA, and doctorate (PhD) diplomas available in the field of your choice.

      CALL NOW 1-877-555-0199 (24 hours a day, 7 days a week)`,
  },
  {
    id: 's4-en-038',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Casino Royal <bonus@royal-vegas-play.com>',
    headers: bulk('<promo.royal-vegas-play.com>', '<http://royal-vegas-play.com/unsub>'),
    subject: 'Your $500 welcome bonus is waiting!',
    text: t`
      Dear Player,

      Claim your $500 FREE welcome bonus + 200 free spins today! No deposit required. Play the hottest slots and win REAL MONEY.

      CLAIM NOW: http://royal-vegas-play.com/bonus

      Offer expires in 24 hours!`,
  },
  {
    id: 's4-en-039',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Replica Watches <store@luxury-replicas.cn>',
    subject: 'Rolex from $199',
    text: t`
      Luxury watches at a fraction of the price!

      Rolex, Omega, Breitling, Cartier - Swiss quality replicas from $199. Free gift box with every order.

      Visit http://luxury-replicas.cn today`,
  },
  {
    id: 's4-en-040',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Weight Loss <slim@fast-slim-patch.com>',
    subject: 'Lose 30 lbs in 30 days!!',
    text: t`
      AMAZING NEW DISCOVERY!!!

      Lose weight while you sleep with our all natural patch. No diet, no exercise! As seen on TV!

      Order now and receive a 2nd month FREE: http://fast-slim-patch.com

      ---
      To stop receiving these emails, click here: http://fast-slim-patch.com/remove`,
  },
  {
    id: 's4-de-041',
    label: 'spam',
    kind: 'phishing',
    lang: 'de',
    from: 'Thomas Weber <thomas.weber.buero@gmail.com>',
    subject: 'Kurze Frage',
    text: t`
      Hallo,

      sind Sie heute im Büro? Ich brauche kurz Ihre Hilfe bei einer vertraulichen Zahlung. Können Sie mir Ihre Handynummer schicken? Ich bin gerade in einer Besprechung.

      Thomas`,
  },
  {
    id: 's4-fr-042',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'fr',
    from: 'Mme Claire Dubois <claire.dubois.don@outlook.fr>',
    subject: 'Don de charité',
    text: t`
      Bonjour,

      Je suis Mme Claire Dubois, atteinte d'un cancer en phase terminale. Je souhaite faire don de la somme de 850 000 € à une personne honnête qui l'utilisera pour des œuvres de charité.

      Pouvez-vous m'aider ? Répondez-moi avec vos coordonnées complètes.

      Que Dieu vous bénisse.`,
  },
  {
    id: 's4-es-043',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'es',
    from: 'Laura Martín <laura@posicionamiento-top.es>',
    subject: '¿Hablamos?',
    text: t`
      Hola,

      He visto su web y creo que podemos ayudarle a conseguir más clientes. Garantizamos la primera página de Google en 60 días por solo 149 € al mes.

      ¿Le interesa una auditoría gratuita? ¿Cuándo le viene bien una llamada?

      Saludos,
      Laura`,
  },
  {
    id: 's4-en-044',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Support Team <support@kellerworks-mail.com>',
    subject: 'Your mailbox is almost full',
    text: t`
      Dear sam,

      Your mailbox has reached 98% of its storage limit. You will stop receiving new messages soon.

      Can you please validate your account to get 10GB of free extra space? Click below:

      http://kellerworks-mail.com/upgrade?user=sam

      IT Helpdesk`,
  },
  {
    id: 's4-en-045',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Mike Chen <mike.chen@videopro-explainers.com>',
    subject: 'Sam, quick idea for Keller Works',
    text: t`
      Hi Sam,

      Loved your portfolio! Have you thought about a 60-second explainer video for your homepage? Our clients see 80% more conversions on average.

      I put together a short sample for you - want me to send it over? Does Tuesday or Wednesday work for a quick chat?

      Mike`,
  },
  {
    id: 's4-en-046',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Donna Reid <donna.reid1958@gmail.com>',
    subject: 'Hello',
    text: t`
      Hello, I got your email from a friend. I have an important matter I would like to discuss with you privately regarding a large inheritance. Are you the owner of this email? Please confirm so I can tell you more.

      Donna`,
  },
  {
    id: 's4-en-047',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Alex Turner <alex@bizfunding-now.com>',
    subject: 'Funding for Keller Works',
    text: t`
      Hi Sam,

      You've been pre-approved for up to $250,000 in working capital for Keller Works. No collateral, funds in 24 hours, even with bad credit.

      Should I send over the application? Just reply with your best phone number.

      Alex Turner
      Funding Advisor`,
  },
  {
    id: 's4-en-048',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Linda Park <linda.park.realty@outlook.com>',
    subject: 'RFQ - new website project',
    text: t`
      Good afternoon,

      We are requesting quotations for a new website project. Please find the RFQ document and specifications at the secure link below. You will need to verify your business email to access it.

      https://rfq-documents-portal.com/access?ref=KW2291

      Please submit your quote by end of week. Can you confirm receipt?

      Linda Park
      Procurement`,
  },
];
