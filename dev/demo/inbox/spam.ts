import { type DemoEmail, mid, OWNER_TO } from './demo-email.js';

export const SPAM_EMAILS: DemoEmail[] = [
  {
    key: 'phishing',
    kind: 'spam',
    expected: 'spam',
    message: {
      from: '"PayPal Security" <service@paypa1-account.example.xyz>',
      to: OWNER_TO,
      subject: 'Your account has been limited',
      messageId: mid('phishing', 'paypa1-account.example.xyz'),
      text:
        'Dear customer,\n\nwe detected unusual activity. Click here to verify your account within 24 hours or it will be suspended: ' +
        'http://192.168.4.7/login',
    },
  },
  {
    key: 'lottery-scam',
    kind: 'spam',
    expected: 'spam',
    message: {
      from: 'Mr. James Okafor <claims@intl-lottery.example.top>',
      to: OWNER_TO,
      subject: 'Congratulations, you have won!',
      messageId: mid('lottery-scam', 'intl-lottery.example.top'),
      text:
        'Congratulations! You have won 1.5 million dollars in our international lottery. ' +
        'To claim your prize, send your bank details and a small processing fee via Western Union.',
    },
  },
  {
    key: 'pharma-spam',
    kind: 'spam',
    expected: 'spam',
    message: {
      from: 'Deals <deals@cheap-meds.example.click>',
      to: OWNER_TO,
      subject: 'LIMITED TIME OFFER!!! 90% OFF',
      messageId: mid('pharma-spam', 'cheap-meds.example.click'),
      text: 'Act now! 100% free trial, risk-free, limited time offer on viagra and casino bonuses.',
    },
  },
  {
    key: 'gmail-filed-spam',
    kind: 'spam',
    expected: 'spam',
    gmailSpam: true,
    message: {
      from: 'Soporte <soporte@banco-seguro.example.ru>',
      to: OWNER_TO,
      subject: 'Su cuenta ha sido suspendida',
      messageId: mid('gmail-filed-spam', 'banco-seguro.example.ru'),
      text: 'Estimado cliente, verifique su cuenta inmediatamente para evitar el bloqueo.',
    },
  },
];
