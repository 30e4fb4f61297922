import { type EvalEmail, t } from '../eval-email.js';

/** Advance-fee fraud, lottery, crypto and extortion mail. */
export const SPAM_SCAM: EvalEmail[] = [
  {
    id: 'sc-en-001',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Barrister James Okafor <jamesokafor.chambers@yahoo.com>',
    to: 'undisclosed-recipients:;',
    subject: 'CONFIDENTIAL BUSINESS PROPOSAL',
    text: t`
      Dear Friend,

      I am Barrister James Okafor, personal attorney to the late Mr. Peter Keller, a foreign contractor who died in a car accident with his family in 2019. He left a deposit of US$8,500,000.00 (Eight Million Five Hundred Thousand United States Dollars) with a bank here.

      Since you share the same surname, can you stand as his next of kin so the funds can be released to you? We will share the money 50/50. This transaction is 100% risk free.

      Please reply with your full name, phone number and address.

      Yours faithfully,
      Barr. James Okafor`,
  },
  {
    id: 'sc-en-002',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Mrs. Grace Williams <gracewilliams1958@hotmail.com>',
    subject: 'Please I need your help',
    text: t`
      Dearest one,

      I am Mrs Grace Williams, a widow suffering from cancer. I have decided to donate my late husband's fund of $2.7 million to a God-fearing person who will use it for charity. Will you be honest to handle this project? Please reply me urgently so I can give you more details.

      God bless you,
      Mrs Grace Williams`,
  },
  {
    id: 'sc-en-003',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'UN Compensation Unit <compensation@un-payments.org>',
    subject: 'Your compensation payment of $1.5M',
    text: t`
      Attention Beneficiary,

      This is to inform you that your name is among the list of scam victims to be compensated with the sum of $1,500,000 by the United Nations. Kindly reconfirm the following to receive your ATM card: full name, address, phone, age, occupation.

      Contact our paying officer Dr. Mike Adams at once.`,
  },
  {
    id: 'sc-en-004',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Mr. Chen Wei <chenwei.hsbc@gmail.com>',
    subject: 'Re: business partnership',
    text: t`
      Good day,

      I'm Mr Chen Wei, a banker with HSBC Hong Kong. I have a lucrative business transaction that will be of mutual benefit. Are you interested? I need a foreign partner to receive US$16.5 million from a dormant account. Reply for more details.

      Chen Wei`,
  },
  {
    id: 'sc-en-005',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'International Lottery Board <claims@euro-millions-award.com>',
    subject: 'CONGRATULATIONS!!! You Have Won',
    text: t`
      CONGRATULATIONS!!!

      Your email address has won £850,000.00 in the 2024 EuroMillions email draw. Winning number: EM/2024/77-12. To claim your prize, contact our claims agent with your details and the processing fee of £250.

      Keep this confidential to avoid double claiming.`,
  },
  {
    id: 'sc-en-006',
    label: 'spam',
    kind: 'crypto',
    lang: 'en',
    from: 'Elena from CryptoGrowth <elena@cryptogrowth-signals.io>',
    subject: 'Are you still interested in passive income?',
    text: t`
      Hi,

      Are you still interested in earning a passive income from crypto? Our AI trading bot made members 312% returns last quarter. Start with just $250 and watch your money grow.

      Can I send you the details? Just reply YES.

      Elena
      Senior Account Manager`,
  },
  {
    id: 'sc-en-007',
    label: 'spam',
    kind: 'crypto',
    lang: 'en',
    from: 'Binance <rewards@binance-airdrop-event.com>',
    subject: 'Claim your 0.5 BTC airdrop now',
    text: t`
      You have been selected for our anniversary airdrop. Connect your wallet and claim 0.5 BTC before the event ends. Limited time offer - only the first 1000 users qualify!

      Claim now

      Binance Team`,
  },
  {
    id: 'sc-en-008',
    label: 'spam',
    kind: 'crypto',
    lang: 'en',
    from: 'Unknown <hacker8812@protonmail.com>',
    subject: 'I know your password',
    text: t`
      Hello,

      I have access to your device and I recorded you. I know your password. If you do not want your contacts to see the video, send $1450 in Bitcoin to the address below within 48 hours.

      BTC: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa

      Do not reply to this email, I will know if you tell the police.`,
  },
  {
    id: 'sc-en-009',
    label: 'spam',
    kind: 'crypto',
    lang: 'en',
    from: 'Daniel Wright <d.wright@investprime-capital.com>',
    subject: 'Quick question',
    text: t`
      Hi Sam,

      Quick question - would you be open to a 10-minute call about a new tokenized real-estate fund? Our early investors are seeing 18% monthly yields, fully guaranteed. Spots are limited until Friday.

      Best,
      Daniel Wright
      InvestPrime Capital`,
  },
  {
    id: 'sc-en-010',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Hannah <hannah.lovely88@gmail.com>',
    subject: 'Hi dear',
    text: t`
      Hello dear, how are you today? I saw your profile and I liked it very much. My name is Hannah, I am a nurse working with UN in Syria. I want to know you better, can you tell me about yourself? I have something important to discuss with you.`,
  },
  {
    id: 'sc-en-011',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'FedEx Customs <customs@fedex-clearance-dept.com>',
    subject: 'Consignment box on hold',
    text: t`
      Attn: Recipient,

      A consignment box containing a certified cheque of $4.2M registered in your name is on hold at our office. You are required to pay the clearance fee of $180 before delivery. When can you pay so we dispatch it today?

      FedEx Customs Department`,
  },
  {
    id: 'sc-en-012',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Job Offer <hr@remote-jobs-global.net>',
    subject: 'Remote position - $450/day, no experience',
    text: t`
      Hello,

      We found your CV online. We are hiring remote assistants, $450 per day, only 1-2 hours of work. No experience needed. Can you start this week? Please reply with your WhatsApp number and we will send the details.

      HR Manager`,
  },
  {
    id: 'sc-en-013',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Dr. Alhaji Musa <alhajimusa@centralbank-ng.org>',
    subject: 'TRANSFER OF $25,000,000.00',
    text: t`
      FROM THE DESK OF DR ALHAJI MUSA
      DIRECTOR, FOREIGN REMITTANCE DEPARTMENT

      I AM WRITING YOU IN STRICT CONFIDENCE TO SEEK YOUR ASSISTANCE IN THE TRANSFER OF $25,000,000.00 TO A SAFE FOREIGN ACCOUNT. YOU WILL BE ENTITLED TO 30% OF THE TOTAL SUM. PLEASE SEND YOUR BANK PARTICULARS AND PRIVATE TELEPHONE AND FAX NUMBERS.

      REGARDS`,
  },
  {
    id: 'sc-en-014',
    label: 'spam',
    kind: 'crypto',
    lang: 'en',
    from: 'Wallet Support <support@metamask-restore.app>',
    subject: 'Your wallet will be deactivated',
    text: t`
      Dear user,

      Due to the latest security upgrade, unverified wallets will be deactivated on 30 June. Please verify your wallet by entering your 12-word recovery phrase on our secure page.

      Verify wallet

      MetaMask Support`,
  },
  {
    id: 'sc-de-001',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'de',
    from: 'Rechtsanwalt Dr. Klaus Weber <kanzlei.weber.erbe@gmail.com>',
    subject: 'Erbschaft – vertraulich',
    text: t`
      Sehr geehrter Herr Keller,

      ich bin der Anwalt eines verstorbenen Kunden mit demselben Nachnamen wie Sie. Er hinterließ 4,8 Millionen Euro ohne Erben. Wären Sie bereit, als Begünstigter aufzutreten? Wir teilen die Summe. Bitte antworten Sie vertraulich.

      Dr. Klaus Weber`,
  },
  {
    id: 'sc-fr-001',
    label: 'spam',
    kind: 'crypto',
    lang: 'fr',
    from: 'Investir Malin <contact@investir-malin-crypto.fr>',
    subject: 'Doublez votre capital en 30 jours',
    text: t`
      Bonjour,

      Vous cherchez un revenu complémentaire ? Notre plateforme d'investissement crypto a permis à nos membres de doubler leur capital en 30 jours. Dépôt minimum : 250 €. Offre limitée !

      Voulez-vous en savoir plus ? Répondez simplement OUI.`,
  },
  {
    id: 'sc-es-001',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'es',
    from: 'Lotería Internacional <premios@loteria-mundial.es>',
    subject: '¡Felicidades! Usted ha ganado',
    text: t`
      Estimado ganador:

      Su dirección de correo ha sido seleccionada en nuestro sorteo internacional y ha ganado 650.000 euros. Para reclamar su premio, envíe sus datos personales y una tasa de tramitación de 300 euros.

      Atentamente,
      Departamento de Premios`,
  },
  {
    id: 'sc-pt-001',
    label: 'spam',
    kind: 'crypto',
    lang: 'pt',
    from: 'Renda Extra <contato@rendaextra-bitcoin.com.br>',
    subject: 'Ganhe R$ 5.000 por semana sem sair de casa',
    text: t`
      Olá!

      Você quer ganhar dinheiro com bitcoin sem experiência? Nosso robô faz tudo por você. Lucro garantido! Vagas limitadas, responda agora.

      Equipe Renda Extra`,
  },
  {
    id: 'sc-ja-001',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'ja',
    from: '当選通知センター <info@lucky-prize-jp.top>',
    subject: '【当選】100万円のご当選おめでとうございます',
    text: t`
      おめでとうございます！
      あなたは100万円の賞金に当選しました。
      賞金を受け取るには、手数料3,000円をお支払いのうえ、以下のリンクから口座情報を登録してください。
      期限は本日中です。`,
  },
  {
    id: 'sc-it-001',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'it',
    from: 'Avv. Marco Rossi <studio.rossi.eredita@libero.it>',
    subject: 'Proposta riservata',
    text: t`
      Gentile signore,

      sono l'avvocato di un mio cliente defunto che ha lasciato 3,2 milioni di euro senza eredi. Lei potrebbe essere il beneficiario. È interessato? Mi risponda in modo riservato.

      Avv. Marco Rossi`,
  },
];
