import { type EvalEmail, t } from '../eval-email.js';

/**
 * Fraud, third batch: business-email compromise posing as colleagues, vendors and customers,
 * invoice fraud, fake delivery and account notices, recruiting and job scams, sextortion,
 * advance-fee and romance openers. Most ask a question or make a request.
 */
export const SPAM_FRAUD_3: EvalEmail[] = [
  {
    id: 'x3-en-001',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Jenny Holt <jenny.holt.plumbing@gmail.com>',
    subject: 'Updated payment details',
    text: t`
      Hi Sam,

      Hope you're well. Just to let you know we've changed banks, so the refund for the overpaid deposit should go to our new account. Can you confirm the amount and I'll send the new details?

      Please don't use the old account as it's being closed this week.

      Jenny`,
  },
  {
    id: 'x3-en-002',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Accounts Payable <ap@hostinger-billing-dept.com>',
    subject: 'Overdue invoice #INV-77412 - final reminder',
    text: t`
      Dear Customer,

      Our records show invoice #INV-77412 for £1,284.00 remains unpaid. To avoid suspension of your hosting services, please settle the balance today.

      Please note our banking details have changed. The updated remittance details are in the attached PDF. Can you confirm once payment is made?

      Accounts Receivable`,
  },
  {
    id: 'x3-en-003',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Sam Keller <sam.keller.director@outlook.com>',
    subject: 'Quick task',
    text: t`
      Are you available right now? I need you to handle something for me discreetly. I'm in a meeting and can only email.

      Sent from my iPad`,
  },
  {
    id: 'x3-en-004',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Evri <tracking@evri-parcel-update.com>',
    subject: 'We missed you - your parcel is waiting',
    text: t`
      We tried to deliver your parcel today but no one was available.

      To rearrange delivery please confirm your address and pay the £1.20 redelivery fee within 48 hours: https://evri-parcel-update.com/rearrange

      Evri`,
  },
  {
    id: 'x3-en-005',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Talent Acquisition <careers@amazon-remote-jobs.net>',
    subject: 'Remote position - £450/day, no experience needed',
    text: t`
      Hello,

      We found your profile online and think you would be a good fit for a remote "product review assistant" role with Amazon. You can earn £450 per day working 1-2 hours from home. No experience needed.

      Are you interested? Reply with your WhatsApp number and our HR manager will contact you.

      Best regards,
      Recruitment Team`,
  },
  {
    id: 'x3-en-006',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'unknown <j8k2lz@mx.hzwkpq.ru>',
    subject: 'Your account was hacked, read carefully',
    to: 'sam@kellerworks.com',
    text: t`
      Hello!

      I have bad news for you. Some months ago I gained access to your devices. I recorded you through your camera while you were visiting adult websites. I have all your contacts.

      Send $1350 in Bitcoin to the address below within 48 hours, or I will send the video to everyone. Do not reply to this email, it cannot be traced.

      BTC: bc1q8x2kqtvm0y3hzxk2lr7a9f5c4d6u`,
  },
  {
    id: 'x3-en-007',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Daniel Webb <daniel.webb@webbaccountancy-co.uk>',
    subject: 'Re: Invoice KW-0412',
    text: t`
      Hi Sam,

      Hannah asked me to follow up on this. Before we pay, our auditors need the invoice re-sent with your bank details confirmed on letterhead. Could you also confirm the account name exactly as it appears at your bank?

      Thanks,
      Daniel Webb
      Finance`,
  },
  {
    id: 'x3-en-008',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Microsoft SharePoint <sharepoint@kellerworks-com.sharepointonline.co>',
    subject: 'Peter Lang shared "Project Payment Schedule.xlsx" with you',
    text: t`
      Peter Lang shared a file with you

      Project Payment Schedule.xlsx

      Please review the updated payment schedule and confirm.

      Open: https://kellerworks-com.sharepointonline.co/doc/8813

      This link will work for anyone with the link. Sign in with your email password to view.`,
  },
  {
    id: 'x3-en-009',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Mrs. Grace Williams <gracewilliams1954@aol.com>',
    subject: 'Donation for charity work',
    text: t`
      Dear Beloved,

      I am Mrs Grace Williams, a widow suffering from cancer. My late husband left $4.2 million in a bank in Dubai. I want you to use this money for charity work in your country as I have no children.

      Will you be able to handle this project honestly? Reply so I can give you more details.

      God bless you,
      Mrs Grace Williams`,
  },
  {
    id: 'x3-en-010',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Google Workspace Admin <admin@workspace-kellerworks.com>',
    subject: 'Action required: storage limit reached for sam@kellerworks.com',
    text: t`
      Your mailbox has reached its storage limit. Incoming messages are being held and will be deleted after 72 hours.

      Would you like to release your held messages? Click below and sign in to upgrade your storage at no cost.

      RELEASE MESSAGES

      Google Workspace Team`,
  },
  {
    id: 'x3-en-011',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Victor Mensah <v.mensah@mensahgroup-uk.com>',
    subject: 'Proposal - signed contract',
    text: t`
      Hi Sam,

      Please find the signed contract attached via our secure portal. You will need to log in with your email account to access it.

      https://mensahgroup-uk.com/secure/contract

      Can you confirm you received it?

      Victor`,
  },
  {
    id: 'x3-en-012',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Payroll <payroll.update@protonmail.com>',
    subject: 'Direct deposit change',
    text: t`
      Hello,

      I changed banks recently and need to update my direct deposit before the next pay run. What information do you need from me to make the change? I'd like it effective for this month.

      Thank you`,
  },
  {
    id: 'x3-en-013',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Netflix <info@netflix-billing-support.com>',
    subject: 'Your membership is on hold',
    text: t`
      Hi,

      We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

      UPDATE ACCOUNT NOW

      Your Netflix team`,
  },
  {
    id: 'x3-en-014',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'HR Department <hr@kellerworks-hr.com>',
    subject: 'Salary adjustment letter - please acknowledge',
    text: t`
      Dear Sam,

      Please find your salary adjustment letter for the new financial year. You are required to review and acknowledge it before Friday.

      View letter: https://kellerworks-hr.com/docs/salary-2025

      Human Resources`,
  },
  {
    id: 'x3-en-015',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Barrister James Cole <jamescole.chambers@gmail.com>',
    subject: 'Unclaimed funds of a deceased client with your surname',
    text: t`
      Dear Keller,

      I am a barrister and I represented a late client with the same surname as you, who died with his family in an accident and left 7.8 million pounds with no next of kin. I would like to present you as the beneficiary.

      Kindly reply with your full name, phone number and address so we can proceed. The transaction is risk-free.`,
  },
  {
    id: 'x3-en-016',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Customer Support <support@stripe-verify-payouts.com>',
    subject: 'Payouts paused on your Stripe account',
    text: t`
      Hello Kellerworks Ltd,

      Your payouts have been paused because we need additional information to verify your business. Please verify your identity within 24 hours to avoid your account being closed.

      Verify now: https://stripe-verify-payouts.com/kyc

      Stripe Support`,
  },
  {
    id: 'x3-en-017',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Olivia <olivia.careers.hr@gmail.com>',
    subject: 'Part-time job offer',
    text: t`
      Hi, I'm Olivia from a recruitment agency. We are hiring part-time online staff, 60-90 minutes a day, daily pay £200-£800. Can I tell you more about the job? Please contact me on WhatsApp +44 7418 220931.`,
  },
  {
    id: 'x3-en-018',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'DVLA <notice@dvla-vehicle-tax.uk.com>',
    subject: 'Your vehicle tax payment failed',
    text: t`
      DVLA

      We were unable to take your latest vehicle tax payment. You must update your payment details to avoid a fine of up to £1,000.

      Update details: https://dvla-vehicle-tax.uk.com/renew

      Driver and Vehicle Licensing Agency`,
  },
  {
    id: 'x3-en-019',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Tom Becker <tom.becker.joinery@outlook.com>',
    subject: 'Can you do me a favour',
    text: t`
      Sam, are you around? I'm stuck abroad and my card has been blocked. Could you send £300 to a friend's account and I'll pay you back Monday? Really sorry to ask.

      Tom`,
  },
  {
    id: 'x3-en-020',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Domain Registry Services <renewals@domain-registry-services.net>',
    subject: 'Domain name expiration notice: kellerworks.com',
    text: t`
      DOMAIN NAME: kellerworks.com
      EXPIRATION NOTICE

      Your search engine listing for kellerworks.com will expire soon. Failure to complete your search engine optimization submission by the expiration date may result in the loss of customers.

      Secure online payment: $86.00 - https://domain-registry-services.net/pay

      This is not a bill. This is an offer for search engine submission.`,
  },
  {
    id: 'x3-en-021',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Anna Kowalski <anna@kowalskiarch-studio.com>',
    subject: 'Fwd: Competition fee',
    text: t`
      Sam, the award organisers need the shortlisting fee paid today or we lose our place. Our card isn't working. Can you pay the £2,400 and add it to our next invoice? Details below. Please let me know as soon as it's done.

      Anna`,
  },
  {
    id: 'x3-en-022',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'LinkedIn <security@linkedin-mail-center.com>',
    subject: 'You appeared in 9 searches this week',
    text: t`
      Your profile was viewed by 9 people including a recruiter at Google.

      Sign in to see who viewed your profile: https://linkedin-mail-center.com/login

      LinkedIn Corporation`,
  },
  {
    id: 'x3-en-023',
    label: 'spam',
    kind: 'crypto',
    lang: 'en',
    from: 'Coinbase <no-reply@coinbase-wallet-alerts.com>',
    subject: 'Withdrawal request of 0.8421 BTC',
    text: t`
      A withdrawal of 0.8421 BTC to bc1qk7... was requested from your account.

      If you did not make this request, cancel it immediately by verifying your wallet: https://coinbase-wallet-alerts.com/cancel

      Coinbase Security`,
  },
  {
    id: 'x3-en-024',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'UN Compensation Unit <compensation@un-payment-office.org>',
    subject: 'Your compensation payment of $1,500,000',
    text: t`
      Attention: Beneficiary,

      You have been selected to receive $1,500,000 as compensation for scam victims. Your ATM card has been prepared. Reconfirm your full name, address and phone number to receive delivery.

      Dr. Michael Adams
      Director, Compensation Unit`,
  },
  {
    id: 'x3-en-025',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Procurement <purchasing@brightline-supplies.co>',
    subject: 'Request for quotation - RFQ 2291',
    text: t`
      Good day,

      We are interested in your services and would like a quotation for the items in the attached RFQ. Please download the document from our secure portal (login with your email account) and send your best price by Friday.

      https://brightline-supplies.co/rfq/2291

      Regards,
      Purchasing Manager`,
  },
  {
    id: 'x3-en-026',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Sophie <sophie.lee1993@hotmail.com>',
    subject: 'hi',
    text: t`
      hi, is this Sam? I think we met at a friend's party last year, or maybe I have the wrong email haha. how are you doing?`,
  },
  {
    id: 'x3-en-027',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Amazon Business <no-reply@amazon-business-billing.com>',
    subject: 'Your order #204-8812733 of MacBook Pro (£2,499.00)',
    text: t`
      Thank you for your order.

      MacBook Pro 16" - £2,499.00
      Delivery: Wed

      If you did not place this order, call our fraud department immediately on 0800 098 8112 to cancel and get a refund.`,
  },
  {
    id: 'x3-en-028',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'George Palmer <george.palmer.ceo@gmail.com>',
    subject: 'Are you free?',
    text: t`
      Sam,

      I need you to get 5 Apple gift cards of £100 each for a client. Scratch the back and send me pictures of the codes. It's urgent, I'll reimburse you today. Keep it between us for now.

      George`,
  },
  {
    id: 'x3-en-029',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Voicemail <voicemail@kellerworks.voice-message.app>',
    subject: 'New voice message (0:47) from +44 117 496 0321',
    text: t`
      You have received a new voice message.

      From: +44 117 496 0321
      Length: 0:47

      Listen to message: https://kellerworks.voice-message.app/play

      Sign in with your email credentials to listen.`,
  },
  {
    id: 'x3-en-030',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Steven Hart <steven@hartlogistics.net>',
    subject: 'Re: Website project',
    text: t`
      Hi Sam,

      Following up on our website project. We are ready to go ahead and will pay the full amount upfront by cheque. However our event planner also needs paying and we don't have his details set up, so we will include his fee in the cheque and you can forward it to him. Can you send your full name and address for the cheque?

      Steven Hart`,
  },
  {
    id: 'x3-en-031',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Webmail Support <support@mail-quota-service.com>',
    subject: 'sam@kellerworks.com - password expires in 1 day',
    text: t`
      Dear sam,

      Your password for sam@kellerworks.com will expire in 1 day. To keep using your current password, please use the link below.

      Keep current password: https://mail-quota-service.com/keep?u=sam@kellerworks.com

      Thank you,
      kellerworks.com Mail Admin`,
  },
  {
    id: 'x3-en-032',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Mr. Chen Wei <chenwei.hkbank@gmail.com>',
    subject: 'Business proposal',
    text: t`
      Dear Friend,

      I am Mr Chen Wei, a manager at a bank in Hong Kong. I have a business proposal involving the transfer of $18.6 million from a dormant account. You will receive 40% of the total sum.

      Can I trust you with this? Reply with your private phone number.

      Regards,
      Chen Wei`,
  },
  {
    id: 'x3-en-033',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'TV Licensing <renewals@tvlicense-renewal-uk.com>',
    subject: 'Your TV Licence has expired',
    text: t`
      Your TV Licence direct debit could not be processed and your licence has expired. You must renew today to avoid prosecution and a fine of up to £1,000.

      Renew now: https://tvlicense-renewal-uk.com

      TV Licensing`,
  },
  {
    id: 'x3-en-034',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Apple Support <support@apple-id-locked-case.com>',
    subject: 'Your Apple ID has been locked for security reasons',
    text: t`
      Dear Customer,

      Your Apple ID has been locked because of multiple failed login attempts. To unlock it, please confirm your account information below.

      Unlock Apple ID

      If you do not verify within 24 hours your account will be permanently disabled.

      Apple Support`,
  },
  {
    id: 'x3-en-035',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Rebecca Shaw <rebecca.shaw.recruit@outlook.com>',
    subject: 'Senior Developer role - £120k remote',
    text: t`
      Hi Sam,

      I came across your profile and I'm impressed. A client of mine is hiring a senior developer, fully remote, £120k. Before I can put you forward, the client requires a background check through their provider (£49 fee, refundable once hired).

      Shall I send the link?

      Rebecca`,
  },
  {
    id: 'x3-en-036',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Lucy Fielding <lucyfielding.farm@gmail.com>',
    subject: 'Invoice payment',
    text: t`
      Hello Sam,

      Please can you send me your latest invoice and remind me of the amount? Our accountant has asked us to pay all suppliers through a new payment system today. Reply as soon as possible.

      Lucy`,
  },
  {
    id: 'x3-en-037',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Norton <billing@nortonsecure-renewal.com>',
    subject: 'Your subscription has been renewed - £349.99',
    text: t`
      Dear Customer,

      Your Norton 360 Total Protection subscription has been auto-renewed for £349.99. The amount will be debited within 24 hours.

      If you wish to cancel and request a refund, call us on 0800 046 3391.

      Order ID: NR-28811`,
  },
  {
    id: 'x3-en-038',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Fedex <delivery@fedex-customs-clearance.com>',
    subject: 'Import duty payment required',
    text: t`
      Dear Client,

      Your shipment 7744 0192 8812 is held at customs. An import duty of £3.75 must be paid before we can deliver. Would you like to pay now to avoid the parcel being returned?

      Pay customs fee: https://fedex-customs-clearance.com

      FedEx`,
  },
  {
    id: 'x3-en-039',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'IT Helpdesk <helpdesk@kellerworks-it-support.com>',
    subject: 'Mandatory: enrol your device in multi-factor authentication',
    text: t`
      Hi Sam,

      As part of our security update, all staff must enrol in the new multi-factor authentication by end of day. Scan the QR code in the attached document or sign in here:

      https://kellerworks-it-support.com/mfa

      Thank you for your cooperation,
      IT Helpdesk`,
  },
  {
    id: 'x3-en-040',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Charlotte Hughes <charlottehughes.florist@yahoo.com>',
    subject: 'New order for Monday',
    text: t`
      Hi Sam,

      I have a friend who wants a website just like ours and she's ready to pay. She is overseas at the moment, so she'll pay you by card and you can buy the stock images from her supplier. Can you send me your rates today?

      Charlotte`,
  },
  {
    id: 'x3-en-041',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'WeTransfer <noreply@wetransfer-files-share.com>',
    subject: 'sam@kellerworks.com, you received 3 files via WeTransfer',
    text: t`
      3 files, 24.8 MB in total. Will be deleted on 12 May.

      Invoice_0412.pdf
      Payment_Remittance.pdf
      Purchase_Order.docx

      Get your files: https://wetransfer-files-share.com/download

      To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.`,
  },
  {
    id: 'x3-en-042',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Henry Lawson <henry.lawson.design@gmail.com>',
    subject: 'Do you still have that domain?',
    text: t`
      Hi,

      I'm interested in buying the domain kellerworks.co.uk from you. I can offer $5,000. My broker will handle it - you just need to get a valuation certificate from their partner site first. Interested?

      Henry`,
  },
  {
    id: 'x3-en-043',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Bank of Scotland <alerts@bos-secure-messages.com>',
    subject: 'New payee added to your account',
    text: t`
      A new payee "R WILSON" was added to your account ending 0192 at 02:14.

      If this was not you, please confirm your details immediately to cancel the payee and secure your account: https://bos-secure-messages.com

      Bank of Scotland Fraud Team`,
  },
  {
    id: 'x3-en-044',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Mark Reynolds <mark@reynoldsconstruction-ltd.com>',
    subject: 'Re: quote',
    headers: { 'In-Reply-To': '<CAF8812@mail.gmail.com>' },
    text: t`
      Hi,

      Sorry for the late reply. Please see the quote and drawings here and let me know your thoughts:

      https://docs-view.reynoldsconstruction-ltd.com/quote.pdf

      Mark`,
  },
  {
    id: 'x3-en-045',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Instagram <security@mail-instagram-copyright.com>',
    subject: 'Copyright infringement on your account',
    text: t`
      Your account @kellerworks has been reported for copyright infringement. If you believe this is a mistake, you must fill in the objection form within 24 hours, otherwise your account will be permanently deleted.

      Objection form: https://mail-instagram-copyright.com/appeal

      Instagram Help Center`,
  },
  {
    id: 'x3-en-046',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Lottery Board <claims@euro-millions-award.com>',
    subject: 'Winning notification - ref EM/2291/25',
    text: t`
      Congratulations! Your email address has won €850,000 in the Euro Millions online draw. To claim your prize please send your name, address, age and phone number to our claims agent.

      A processing fee applies.`,
  },
  {
    id: 'x3-en-047',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Jessica <jessica.travel.agent@gmail.com>',
    subject: 'Wrong number?',
    text: t`
      Hi, is this Michael? This is Jessica from the hotel, I'm confirming your booking for next week. Can you let me know if you still need the airport pickup?`,
  },
  {
    id: 'x3-en-048',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'PayPal <service@intl-paypal-dispute.com>',
    subject: 'You sent a payment of £748.00 to Crypto Exchange Ltd',
    text: t`
      You sent a payment of £748.00 GBP to Crypto Exchange Ltd.

      If you did not authorise this payment, please contact PayPal support on 0800 358 7911 within 24 hours to request a refund.

      Transaction ID: 8X221903HM992`,
  },
];
