import { bulk, type EvalEmail, t } from '../eval-email.js';

/**
 * Unsolicited marketing: cold B2B pitches (SEO, design, lead generation) that ask a question,
 * old-style bulk spam (mortgages, work from home, pills) and spam dressed as a newsletter.
 */
export const SPAM_MARKETING: EvalEmail[] = [
  {
    id: 'mk-en-001',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Ryan Cole <ryan@rankboost-digital.com>',
    subject: 'Question about kellerworks.com',
    text: t`
      Hi there,

      I was checking out kellerworks.com and noticed it isn't ranking on the first page of Google for "web design London". Would you be interested in getting more traffic and leads?

      We've helped 300+ businesses like yours get to page 1. Can I send you a free SEO audit?

      Best,
      Ryan Cole
      SEO Consultant

      If you don't want to hear from me again, just reply "no thanks".`,
  },
  {
    id: 'mk-en-002',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Priyanka Sharma <priyanka@webdevsolutions-india.com>',
    subject: 'Website Redesign Proposal',
    text: t`
      Hello Business Owner,

      Are you happy with the look of your website? We are a leading web design and development company offering mobile responsive websites, e-commerce, SEO and digital marketing at very affordable prices.

      Would you like a free quote? Please reply with your requirements and the best time to call you.

      Thanks & Regards,
      Priyanka Sharma
      Business Development Executive`,
  },
  {
    id: 'mk-en-003',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Josh Miller <josh.m@leadflow-outreach.co>',
    subject: 'Sam, quick question',
    text: t`
      Hi Sam,

      Are you the right person to talk to about lead generation at Kellerworks?

      We help design agencies book 15-20 qualified sales calls per month on autopilot. Worth a 15-minute chat next week?

      Josh

      P.S. If I've got the wrong person, who should I reach out to?`,
  },
  {
    id: 'mk-en-004',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Josh Miller <josh.m@leadflow-outreach.co>',
    subject: 'Re: Sam, quick question',
    text: t`
      Hi Sam,

      Just bumping this to the top of your inbox in case it got buried. Did you get a chance to look at my last email? Happy to share some case studies from agencies like yours.

      Josh

      On Mon, Josh Miller wrote:
      > Are you the right person to talk to about lead generation at Kellerworks?`,
  },
  {
    id: 'mk-en-005',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Emma from Outsource Pro <emma@outsourcepro-va.com>',
    subject: 'Need help with admin work?',
    text: t`
      Hi,

      Are you spending too much time on admin instead of growing your business? Our virtual assistants start from just $6/hour and can handle email, bookkeeping, social media and more.

      Can I book you in for a free consultation this week?

      Emma
      Outsource Pro

      Reply STOP to opt out.`,
  },
  {
    id: 'mk-en-006',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Guest Post Team <outreach@highdaposts.net>',
    subject: 'Guest post collaboration',
    text: t`
      Hello,

      I hope you are doing well. I am interested in publishing a guest post on your website. Could you please let me know your price for a do-follow link? We can also offer link insertion in existing articles.

      Looking forward to your response.

      Regards,
      Sarah`,
  },
  {
    id: 'mk-en-007',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Mike Reynolds <mike@appdevhub.agency>',
    subject: 'App idea?',
    text: t`
      Hey Sam,

      Do you have an app idea you've been sitting on? We build iOS and Android apps for startups at 40% less than UK agencies. Let me know if you'd like to see our portfolio - I can send it over today.

      Cheers,
      Mike`,
  },
  {
    id: 'mk-en-008',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Data Leads <sales@b2b-contact-lists.com>',
    subject: 'Attendee list - Web Summit 2024',
    text: t`
      Hi,

      Would you be interested in acquiring the Web Summit 2024 attendee list? 42,000 verified contacts with emails and phone numbers.

      Let me know and I will send you the pricing and a sample.

      Regards,
      Kelly Adams
      Marketing Coordinator

      To unsubscribe, reply with "Leave Out" in the subject line.`,
  },
  {
    id: 'mk-en-009',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Luke Harrison <luke@fundingnow-business.co.uk>',
    subject: 'Funding for Kellerworks Ltd',
    text: t`
      Hi Sam,

      Kellerworks Ltd has been pre-approved for up to £150,000 in business funding with decisions in 24 hours. Would you like to check your rate? It won't affect your credit score.

      Luke Harrison
      Business Funding Specialist

      You received this email because your business details are publicly available on Companies House. Unsubscribe.`,
  },
  {
    id: 'mk-en-010',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Jenna at Clutch Reviews <jenna@top-agency-awards.com>',
    subject: 'Kellerworks nominated: Top Web Design Agency 2024',
    text: t`
      Congratulations!

      Kellerworks has been nominated as one of the Top Web Design Agencies in London for 2024. To confirm your listing and receive your award badge, please complete your profile and choose a listing package (from $299).

      Can you confirm by Friday?

      Jenna
      Awards Team`,
  },
  {
    id: 'mk-en-011',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Alex Turner <alex@videoexplainers.studio>',
    subject: 'loved your work',
    text: t`
      Hi Sam,

      Loved your recent project for Lumen Health! I run a small explainer video studio and thought a 60-second animated video could really help your clients convert. Want me to put together a quick sample for free?

      Alex

      Not interested? Let me know and I won't follow up.`,
  },
  {
    id: 'mk-en-012',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Sophia | GrowthLab <sophia@growthlab-marketing.com>',
    subject: '{{FirstName}}, 3x your Instagram followers',
    text: t`
      Hi {{FirstName}},

      Are you struggling to grow your brand on Instagram? Our organic growth service has helped 2,000+ brands get real followers. No bots, 100% guaranteed results.

      Would you like a free trial this month?

      Sophia
      GrowthLab Marketing`,
  },
  {
    id: 'mk-en-013',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Mortgage Center <rates@lowrate-mortgage-quotes.com>',
    to: 'undisclosed-recipients:;',
    subject: 'Are you paying too much on your mortgage?',
    text: t`
      Are you paying too much on your mortgage?

      Rates are at an all time low! Refinance now and SAVE THOUSANDS. Get a FREE no-obligation quote in 2 minutes. Bad credit? No problem!

      Click here to get your free quote: http://lowrate-mortgage-quotes.com/q?id=77

      This email is sent in compliance with strict anti-spam regulations. To be removed from our mailing list, reply with REMOVE in the subject line.`,
  },
  {
    id: 'mk-en-014',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Work From Home <success@homebiz-freedom.com>',
    subject: 'Make $5,000 a week from home!!!',
    text: t`
      Dear Friend,

      Would you like to FIRE YOUR BOSS and work from home? Thousands of ordinary people are making $5,000 - $10,000 a week with our proven system. NO selling, NO experience needed!

      This is NOT a get-rich-quick scheme. This is a legitimate business opportunity.

      Order your FREE information pack today!

      To be taken off our list, send an email with REMOVE as the subject.`,
  },
  {
    id: 'mk-en-015',
    label: 'spam',
    kind: 'pharma',
    lang: 'en',
    from: 'Canadian Pharmacy <sales@cheap-rx-online.ru>',
    subject: 'Save 80% on your prescriptions',
    text: t`
      Top quality meds at the lowest prices!

      V1agra from $0.89 per pill
      C1alis from $1.15 per pill
      No prescription needed, discreet worldwide shipping.

      Why pay more? Order now: http://cheap-rx-online.ru`,
  },
  {
    id: 'mk-en-016',
    label: 'spam',
    kind: 'pharma',
    lang: 'en',
    from: 'Dr. Health <info@slim-fast-pills.top>',
    subject: 'Lose 20 lbs in 2 weeks - doctors hate this',
    text: t`
      Want to lose weight FAST without diet or exercise?

      Our all-natural formula melts fat while you sleep. Clinically proven, 100% money-back guarantee. Only $29.95 - today only!

      Order now while supplies last.

      Unsubscribe here.`,
  },
  {
    id: 'mk-en-017',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Casino Royale VIP <vip@royal-spins-casino.com>',
    subject: 'Sam, your 200 free spins are waiting',
    headers: bulk('<vip.royal-spins-casino.com>', '<https://royal-spins-casino.com/u>'),
    text: t`
      Hi Sam,

      Your exclusive welcome bonus is ready: 200 FREE SPINS + 100% deposit match up to £500. Play now and win big!

      Claim bonus

      18+ only. T&Cs apply. Gamble responsibly. You are receiving this because you registered with one of our partners. Unsubscribe.`,
  },
  {
    id: 'mk-en-018',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Costco Rewards <rewards@costco-member-survey.com>',
    subject: 'Sam, your opinion is worth $100',
    text: t`
      Congratulations! You have been selected to take part in our 30-second customer survey. Can you answer 5 quick questions? As a thank you, claim your $100 Costco gift card.

      Start survey

      Offer expires today.`,
  },
  {
    id: 'mk-en-019',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Extended Warranty Dept <notice@vehicle-protection-services.com>',
    subject: 'FINAL NOTICE: Vehicle warranty expiration',
    text: t`
      FINAL NOTICE

      Our records indicate that your vehicle's factory warranty has expired or is about to expire. Call now to activate your extended coverage before it's too late. Don't get stuck with expensive repair bills!

      Call toll free 1-888-555-0199

      To opt out of future mailings click here.`,
  },
  {
    id: 'mk-en-020',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Hot Deals <deals@amazing-offers-daily.xyz>',
    subject: "iPhone 15 Pro for £1 - you've been chosen!",
    text: t`
      Dear lucky user,

      You have been randomly chosen to receive a brand new iPhone 15 Pro for just £1! Only 3 left. Complete your details now to claim your prize before it goes to someone else.

      CLAIM NOW!!!`,
  },
  {
    id: 'mk-en-021',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Printer Ink Outlet <sales@inkjet-discount-outlet.biz>',
    subject: 'Toner cartridges 70% off',
    text: t`
      Dear Sir/Madam,

      Are you tired of paying too much for printer ink? We offer compatible toner and ink cartridges for all major brands at up to 70% off retail. FREE shipping on orders over $50. 100% satisfaction guaranteed.

      Call us today or reply to this email to order.

      If you wish to be removed from future mailings, please reply with REMOVE.`,
  },
  {
    id: 'mk-en-022',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Adult Friend Finder <matches@local-singles-meet.club>',
    subject: '3 women near you want to meet tonight',
    text: t`
      Hey there,

      3 single women within 5 miles of you are online now and want to chat. Are you free tonight? See their photos, 100% free signup.

      Meet them now

      You received this because you signed up at a partner site.`,
  },
  {
    id: 'mk-en-023',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Credit Repair Experts <help@fix-credit-fast.net>',
    subject: 'Erase bad credit - legally!',
    text: t`
      Is bad credit holding you back?

      We can remove late payments, collections and bankruptcies from your credit report - LEGALLY! Thousands of satisfied customers. Call now for a FREE consultation.

      Act now - this offer will not last!`,
  },
  {
    id: 'mk-en-024',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Daniel Brooks <daniel@reviewboosters.io>',
    subject: 'Google reviews for Kellerworks',
    text: t`
      Hi Sam,

      I noticed Kellerworks has only 9 Google reviews. Businesses with 50+ reviews get 3x more calls. We can help you get more 5-star reviews quickly and safely.

      Should I send over our packages?

      Daniel`,
  },
  {
    id: 'mk-en-025',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Olivia Grant <olivia@logodesignpro.co>',
    subject: 'Logo redesign?',
    text: t`
      Hi,

      I came across your company online and I think your logo could use a refresh. We design professional logos starting at $49 with unlimited revisions. Would you like to see some samples?

      Regards,
      Olivia
      Logo Design Pro`,
  },
  {
    id: 'mk-en-026',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Kevin Walsh <kevin@cybersecure-audit.com>',
    subject: 'Your website has 14 vulnerabilities',
    text: t`
      Hello,

      Our automated scan found 14 security vulnerabilities on kellerworks.com, including 3 critical ones. Hackers actively exploit these. Would you like the full report? We can fix them all for a one-time fee.

      Please respond within 48 hours.

      Kevin Walsh
      Security Analyst`,
  },
  {
    id: 'mk-en-027',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'ProductLaunch <news@tech-gadget-deals.shop>',
    subject: 'This new gadget is selling out everywhere',
    headers: bulk('<deals.tech-gadget-deals.shop>', '<https://tech-gadget-deals.shop/unsub>'),
    text: t`
      This tiny device cuts your electricity bill by 90%! Electricity companies don't want you to know about it.

      Get yours today with 50% off - only while stocks last.

      BUY NOW

      You are receiving this email because you opted in to receive offers from our partners. Unsubscribe | Privacy policy`,
  },
  {
    id: 'mk-en-028',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Alicia <alicia@conference-speaker-invite.org>',
    subject: 'Invitation to speak at the Global Digital Leaders Summit',
    text: t`
      Dear Sam Keller,

      Based on your expertise, we are pleased to invite you to speak at the Global Digital Leaders Summit in Dubai. Speakers are asked to contribute a registration fee of $1,950 covering the speaker package. Could you confirm your participation by the end of the week?

      Best regards,
      Alicia Morgan
      Speaker Relations`,
  },
  {
    id: 'mk-en-029',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Rolex Replica <watches@luxury-replica-store.cn>',
    subject: 'Luxury watches at 90% off',
    text: t`
      Swiss quality replica watches - Rolex, Omega, Cartier. Indistinguishable from the original! Prices from $99. Free worldwide shipping.

      Visit our store today.`,
  },
  {
    id: 'mk-en-030',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Webinar Team <events@wealth-masterclass.live>',
    subject: 'Sam, are you ready to retire early?',
    text: t`
      Hi Sam,

      Are you ready to retire 10 years early? Join our FREE masterclass where millionaire investor Jack Reeves reveals the 3 secrets banks don't want you to know.

      Seats are limited - register now!

      See you there,
      The Wealth Masterclass Team

      Unsubscribe from these emails.`,
  },
  {
    id: 'mk-en-031',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Tim Baxter <tim@saasgrowth-partners.com>',
    subject: 'Partnership opportunity',
    text: t`
      Hi Sam,

      I hope this email finds you well. I'm reaching out because I think there's a great opportunity for Kellerworks and our white-label development team. We work with agencies like yours to deliver projects at scale, 50% cheaper.

      Do you have 15 minutes this week for a quick call? Here's my calendar link.

      Best regards,
      Tim Baxter
      Head of Partnerships`,
  },
  {
    id: 'mk-de-001',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'de',
    from: 'Stefan Krüger <s.krueger@seo-agentur-top.de>',
    subject: 'Ihre Website auf Seite 1 bei Google?',
    text: t`
      Guten Tag,

      ich habe mir Ihre Website angesehen und festgestellt, dass sie bei Google kaum gefunden wird. Hätten Sie Interesse an mehr Besuchern und Anfragen? Wir bieten Ihnen eine kostenlose SEO-Analyse an.

      Darf ich Sie diese Woche kurz anrufen?

      Mit freundlichen Grüßen
      Stefan Krüger

      Falls Sie keine weiteren E-Mails wünschen, antworten Sie bitte mit "Abmelden".`,
  },
  {
    id: 'mk-fr-001',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'fr',
    from: 'Julie Moreau <julie@prospection-b2b.fr>',
    subject: 'Plus de clients pour votre agence ?',
    text: t`
      Bonjour,

      Vous cherchez à trouver de nouveaux clients ? Nous générons des rendez-vous qualifiés pour les agences web, garantis ou remboursés.

      Seriez-vous disponible 15 minutes cette semaine pour en discuter ?

      Julie Moreau

      Pour ne plus recevoir nos e-mails, répondez STOP.`,
  },
  {
    id: 'mk-es-001',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'es',
    from: 'Ofertas Exclusivas <ofertas@super-descuentos-hoy.com>',
    subject: '¡Solo hoy! 90% de descuento',
    text: t`
      ¡OFERTA INCREÍBLE!

      Solo hoy, productos de marca con hasta un 90% de descuento. ¡Envío gratis! Las unidades son limitadas, ¡compra ya!

      Si no desea recibir más correos, haga clic aquí para darse de baja.`,
  },
  {
    id: 'mk-pt-001',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'pt',
    from: 'Carlos Mendes <carlos@marketingdigital-pro.com.br>',
    subject: 'Mais clientes para sua empresa',
    text: t`
      Olá, tudo bem?

      Vi o site da sua empresa e acredito que podemos ajudar a triplicar suas vendas com tráfego pago. Você teria 15 minutos para uma conversa esta semana?

      Abraço,
      Carlos Mendes`,
  },
  {
    id: 'mk-ja-001',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'ja',
    from: '副業サポート事務局 <support@fukugyou-money.xyz>',
    subject: '【簡単】スマホだけで月50万円稼げる方法',
    text: t`
      こんにちは！

      スマホだけで毎月50万円以上稼げる副業をご紹介します。
      経験不要、1日10分の作業でOK！
      今なら無料で始められます。先着100名様限定です。

      今すぐ登録する`,
  },
  {
    id: 'mk-it-001',
    label: 'spam',
    kind: 'pharma',
    lang: 'it',
    from: 'Farmacia Online <vendite@farmacia-sconti.top>',
    subject: 'Pillole dimagranti - risultati garantiti',
    text: t`
      Perdi 10 kg in 2 settimane senza dieta! Risultati garantiti al 100%. Ordina ora con il 60% di sconto, spedizione gratuita e discreta.

      Ordina subito`,
  },
  {
    id: 'mk-nl-001',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'nl',
    from: 'Bas van Dijk <bas@webshop-groei.nl>',
    subject: 'Meer omzet uit uw webshop?',
    text: t`
      Goedendag,

      Wij helpen webshops aan 30% meer omzet binnen 3 maanden, gegarandeerd. Heeft u volgende week tijd voor een vrijblijvend gesprek?

      Met vriendelijke groet,
      Bas van Dijk`,
  },
];
