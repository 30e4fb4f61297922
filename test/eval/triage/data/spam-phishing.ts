import { type EvalEmail, t } from '../eval-email.js';

/** Phishing and business-email fraud, most of it asking a question or making a request. */
export const SPAM_PHISHING: EvalEmail[] = [
  {
    id: 'ph-en-001',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'PayPal Service <service@paypal-resolution-center.com>',
    subject: 'Can you confirm your account information?',
    text: t`
      Dear Customer,

      We recently noticed one or more attempts to log in to your PayPal account from a foreign IP address. Can you confirm your account information so we can restore full access?

      Please click the link below and complete the verification within 24 hours, otherwise your account will be permanently limited.

      http://paypal-resolution-center.com/verify/login.php

      Thank you,
      PayPal Account Review Department`,
  },
  {
    id: 'ph-en-002',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Microsoft 365 <no-reply@m365-mailadmin.info>',
    subject: 'Action Required: Your mailbox password expires today',
    text: t`
      Hello sam@kellerworks.com,

      The password for your mailbox sam@kellerworks.com expires today. Would you like to keep your current password? Please confirm below to avoid losing access to your emails.

      KEEP SAME PASSWORD

      Mailbox admin | kellerworks.com
      This message was sent from an unmonitored address.`,
  },
  {
    id: 'ph-en-003',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Robert Hughes <robert.hughes.fcca@gmail.com>',
    replyTo: 'robert.hughes.accounts@outlook.com',
    subject: 'Urgent payment',
    text: t`
      Hi Sam,

      Are you available? I need you to process an urgent payment for HMRC today before 3pm or there will be a penalty. Can you confirm you are at your desk and I will send the bank details.

      Sent from my iPhone`,
  },
  {
    id: 'ph-en-004',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Sarah Collins <sarah.collins.kw@gmail.com>',
    subject: 'Quick favour',
    text: t`
      Hi Sam, are you free right now? I need a quick favour, I'm in a meeting and can't call. I need to get some Amazon gift cards for a client surprise, could you get them for me today? I'll pay you back. Let me know asap.

      Sarah`,
  },
  {
    id: 'ph-en-005',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Royal Mail <info@rm-redelivery-uk.com>',
    subject: 'Your parcel could not be delivered',
    text: t`
      Royal Mail

      We were unable to deliver your parcel today because the shipping fee of £1.45 was not paid. Would you like us to reschedule the delivery?

      Please pay the small fee here to choose a new date: https://rm-redelivery-uk.com/pay

      If no action is taken your parcel will be returned to the sender.`,
  },
  {
    id: 'ph-en-006',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'DocuSign <dse@docusign-secure-view.com>',
    subject: 'Sam, please review and sign: Remittance Advice 0612.pdf',
    text: t`
      Harbour Legal sent you a document to review and sign.

      REVIEW DOCUMENT

      Please review the remittance advice and confirm the payment details at your earliest convenience.

      Powered by DocuSign. Do not share this email.
      If you have trouble signing, visit "How to Sign a DocuSign Document".`,
  },
  {
    id: 'ph-en-007',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'HMRC <refunds@hmrc-taxrefund-online.co>',
    subject: 'You are eligible for a tax refund of £493.80',
    text: t`
      HM Revenue & Customs

      After the last annual calculations of your fiscal activity we have determined that you are eligible to receive a tax refund of £493.80.

      Please submit the tax refund request and allow us 3-5 business days to process it. Can you verify your card details so we can send the money?

      Access Your Refund Now

      Note: A refund can be delayed for a variety of reasons, for example submitting invalid records.`,
  },
  {
    id: 'ph-en-008',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Netflix <support@netflix-billing-update.com>',
    subject: 'Your membership is on hold',
    text: t`
      Hi,

      We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details. Could you take a minute to update them?

      UPDATE ACCOUNT NOW

      Your friends at Netflix`,
  },
  {
    id: 'ph-en-009',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Accounts Payable <ap@lumenhealth-finance.com>',
    subject: 'Change of bank details',
    text: t`
      Dear Supplier,

      Please be advised that we have changed our banking provider. Kindly update your records and confirm the new details below will be used for all future invoices. Could you also send us a copy of your outstanding invoices so we can process them this week?

      Regards,
      Finance Department
      Lumen Health`,
  },
  {
    id: 'ph-en-010',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'IT Helpdesk <helpdesk@kellerworks-it-support.com>',
    subject: 'Mailbox storage full',
    text: t`
      Your mailbox has exceeded the storage limit of 50 GB. You will not be able to send or receive new messages until you re-validate your mailbox.

      To re-validate, click here and enter your login details.

      Thanks,
      System Administrator`,
  },
  {
    id: 'ph-en-011',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Apple Support <no-reply@apple-id-locked.net>',
    subject: 'Your Apple ID has been locked for security reasons',
    text: t`
      Dear Customer,

      Your Apple ID has been locked because we detected unusual sign-in activity. Can you verify your identity within 48 hours? If you do not, your account will be permanently disabled.

      Verify Now

      Apple Inc. Cupertino CA`,
  },
  {
    id: 'ph-en-012',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Voicemail Service <voicemail@vm-notify-center.com>',
    subject: 'You have a new voice message (0:47)',
    text: t`
      You received a new voice message from +44 7700 900123.

      Duration: 0:47
      Date: Tuesday

      Listen to message: log in with your email password to play the recording.

      This is an automated notification.`,
  },
  {
    id: 'ph-en-013',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Chase Online <alert@chase-secure-alerts.com>',
    subject: 'Did you make this purchase?',
    text: t`
      Did you authorise a purchase of $849.99 at BestBuy.com?

      If you did NOT make this purchase, please reply NO or verify your account immediately to cancel the transaction and secure your card.

      Verify account: http://203.0.113.54/chase/secure

      Chase Fraud Prevention`,
  },
  {
    id: 'ph-en-014',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Amazon <account-update@amazon-security-check.com>',
    subject: 'Action needed: Your Amazon account is suspended',
    text: t`
      Hello,

      We have suspended your account because the billing information you provided did not match the information on file with the card issuer.

      Could you please update your information? Click below to restore your account:

      Restore Account

      We ask that you do this within 24 hours, or your orders will be cancelled.

      Amazon.com`,
  },
  {
    id: 'ph-en-015',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Mark Davies <mark.davies.dental@outlook.com>',
    subject: 'Invoice query',
    text: t`
      Hello Sam

      I hope you're well. Can you check the attached invoice and let me know if the payment went through? Our bank says the details were wrong.

      Open invoice (OneDrive): https://bit.ly/3xInv0ice

      Mark`,
  },
  {
    id: 'ph-en-016',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'WeTransfer <noreply@wetransfer-files-share.com>',
    subject: 'Sam, you received files via WeTransfer',
    text: t`
      You have received 3 files (14.2 MB)

      Purchase Order 2024-06.pdf
      Payment Schedule.xlsx
      Contract_signed.docx

      Download files
      Files will be deleted in 2 days. Please sign in with your email credentials to download.`,
  },
  {
    id: 'ph-en-017',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Coinbase <security@coinbase-verify-wallet.com>',
    subject: 'Unusual withdrawal request',
    text: t`
      We received a request to withdraw 0.84 BTC from your wallet to an external address.

      Was this you? If not, please confirm your identity immediately to cancel the withdrawal.

      Cancel withdrawal

      Coinbase Security Team`,
  },
  {
    id: 'ph-en-018',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Domain Services <renewals@domain-registry-services.org>',
    subject: 'Final notice: kellerworks.com domain expiration',
    text: t`
      DOMAIN NAME EXPIRATION NOTICE

      Domain: kellerworks.com
      Attention: Sam Keller

      Your domain search engine submission is about to expire. Failure to renew by the expiration date may result in cancellation of this offer, making it difficult for your customers to find you on the web.

      Secure online payment: click here. Total due: $86.00

      This is not a bill. This is an optional offer for search engine submission services.`,
  },
  {
    id: 'ph-en-019',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Ahmed <ahmed.hassan.kellerworks@gmail.com>',
    subject: 'payroll update',
    text: t`
      Hi Sam,

      I've changed banks. Could you update my direct deposit details before the next payroll run? I'll send the new account number once you confirm. Please keep it between us for now, thanks.

      Ahmed`,
  },
  {
    id: 'ph-en-020',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Google Drive <drive-shares-noreply@gdocs-share.net>',
    subject: 'Shared document: "Q3 Salary Review - Confidential"',
    text: t`
      Ruth Baines shared a document with you.

      Q3 Salary Review - Confidential

      Open

      You'll need to sign in again to view this document for security reasons.
      Google LLC`,
  },
  {
    id: 'ph-en-021',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Customer Support <support@ups-delivery-center.top>',
    subject: 'UPS: Delivery address problem - action required',
    text: t`
      Dear customer,

      Your package could not be delivered due to an incorrect address. Are you home tomorrow? Please confirm your address and pay the redelivery fee of $2.99 via the link below.

      http://ups-delivery-center.top/track?id=1Z999

      UPS Customer Service`,
  },
  {
    id: 'ph-en-022',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Wells Fargo <alerts@wellsfargo-online-secure.com>',
    subject: 'Your account has been temporarily suspended',
    text: t`
      Dear Valued Customer,

      Due to a recent security update, your online banking access has been suspended. To restore access, please sign on and confirm your identity.

      Sign On

      Failure to comply will result in the permanent closure of your account.

      Wells Fargo Online Security`,
  },
  {
    id: 'ph-en-023',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Facebook Meta <policy-review@meta-business-appeal.com>',
    subject: 'Your Page will be deleted for copyright violation',
    text: t`
      Your Facebook Page has been reported for violating our copyright policy. If you think this is a mistake, can you submit an appeal within 24 hours? Otherwise the Page will be permanently deleted.

      Submit appeal: https://meta-business-appeal.com/case/88912

      Meta Business Support Team`,
  },
  {
    id: 'ph-en-024',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Zoom <meetings@zoom-invite-online.com>',
    subject: 'You missed a Zoom meeting',
    text: t`
      Hi,

      You missed a scheduled meeting with a participant. Please sign in to view the recording and the shared documents.

      Sign in to view

      Zoom Video Communications`,
  },
  {
    id: 'ph-de-001',
    label: 'spam',
    kind: 'phishing',
    lang: 'de',
    from: 'Sparkasse <kundenservice@sparkasse-sicherheit-online.de>',
    subject: 'Wichtige Mitteilung zu Ihrem Konto',
    text: t`
      Sehr geehrte Kundin, sehr geehrter Kunde,

      aufgrund neuer Sicherheitsrichtlinien müssen Sie Ihr Konto bis zum 30.09. verifizieren. Können Sie Ihre Daten bitte über den folgenden Link bestätigen? Andernfalls wird Ihr Online-Banking gesperrt.

      Jetzt verifizieren

      Mit freundlichen Grüßen
      Ihre Sparkasse`,
  },
  {
    id: 'ph-de-002',
    label: 'spam',
    kind: 'phishing',
    lang: 'de',
    from: 'DHL Express <noreply@dhl-zustellung-info.com>',
    subject: 'Ihr Paket wartet auf Zustellung',
    text: t`
      Hallo,

      Ihr Paket konnte nicht zugestellt werden, da Zollgebühren in Höhe von 2,99 € ausstehen. Bitte bezahlen Sie die Gebühr innerhalb von 48 Stunden, sonst wird das Paket zurückgeschickt.

      Gebühr bezahlen: http://dhl-zustellung-info.com/zahlung

      DHL Express`,
  },
  {
    id: 'ph-fr-001',
    label: 'spam',
    kind: 'phishing',
    lang: 'fr',
    from: 'Ameli <remboursement@ameli-assurance-maladie.info>',
    subject: 'Votre remboursement est en attente',
    text: t`
      Cher(e) assuré(e),

      Après les derniers calculs, vous pouvez recevoir un remboursement de 149,20 €. Pourriez-vous confirmer vos coordonnées bancaires pour recevoir le paiement ?

      Accéder à mon remboursement

      L'Assurance Maladie`,
  },
  {
    id: 'ph-es-001',
    label: 'spam',
    kind: 'phishing',
    lang: 'es',
    from: 'Correos <notificaciones@correos-envio-es.com>',
    subject: 'Su paquete está retenido',
    text: t`
      Estimado cliente,

      Su paquete está retenido en nuestro centro logístico por falta de pago de los gastos de envío (1,79 €). ¿Puede confirmar sus datos para reprogramar la entrega?

      Pagar ahora

      Correos`,
  },
  {
    id: 'ph-pt-001',
    label: 'spam',
    kind: 'phishing',
    lang: 'pt',
    from: 'Banco Itaú <atendimento@itau-seguranca-app.com>',
    subject: 'Seu acesso foi bloqueado',
    text: t`
      Prezado cliente,

      Detectamos uma tentativa de acesso não autorizada. Seu acesso foi bloqueado. Você pode confirmar seus dados para desbloquear a conta? Clique no link abaixo em até 24 horas.

      Desbloquear acesso

      Itaú Unibanco`,
  },
  {
    id: 'ph-ja-001',
    label: 'spam',
    kind: 'phishing',
    lang: 'ja',
    from: 'Amazon <account@amazon-co-jp-security.xyz>',
    subject: '【重要】お客様のアカウントが停止されました',
    text: t`
      お客様

      お客様のアカウントで異常なログインが検出されたため、アカウントを一時停止しました。
      24時間以内に以下のリンクからお客様情報をご確認ください。確認がない場合、アカウントは永久に停止されます。

      今すぐ確認する

      Amazon.co.jp`,
  },
  {
    id: 'ph-it-001',
    label: 'spam',
    kind: 'phishing',
    lang: 'it',
    from: 'Poste Italiane <avviso@poste-sicurezza-online.it>',
    subject: 'Verifica il tuo conto BancoPosta',
    text: t`
      Gentile cliente,

      il tuo conto BancoPosta è stato temporaneamente sospeso. Per riattivarlo, verifica la tua identità cliccando sul link seguente entro 24 ore.

      Verifica ora

      Poste Italiane`,
  },
];
