/**
 * English conversation lines, with inflected forms for stemming (refund/refunds/refunded,
 * order/orders/ordered, invoice/invoices, deliver/delivery/delivered).
 */
import type { Phrasebook } from './phrasebook.js';

export const ENGLISH: Phrasebook = {
  operatorGreetings: [
    'Hello, my name is {operator}. How can I help you today?',
    'Hi, {operator} here from customer support. What can I do for you?',
    'Good afternoon, thanks for waiting. I am {operator}.',
  ],
  botGreetings: [
    'Hi! I am the shop assistant bot. Ask me about your order, delivery or invoice.',
    'Welcome! Type your question and I will try to help.',
  ],
  botLines: [
    'Please type your order number so I can look it up.',
    'Order {order}: the parcel has been handed over to the courier.',
    'A colleague will answer that better. Connecting you to an agent…',
    'You can download invoices in My account → Invoices.',
  ],
  handover: ['Transferring you to a human agent, one moment please.'],
  topics: [
    {
      tag: 'refund',
      opening: [
        'Hi, I returned my headphones two weeks ago and still have no refund.',
        'When will I get refunded for order {order}?',
        'I was charged twice, I need a refund.',
      ],
      client: [
        'The refund should go back to my card.',
        'I have asked about refunds three times already.',
        'Is the refund for the full amount of {amount}?',
      ],
      operator: [
        'I can see the return; your refund was approved today.',
        'Refunds take up to 5 business days to appear on your statement.',
        'You have been refunded {amount} CZK, sorry for the delay.',
      ],
    },
    {
      tag: 'objednávka',
      opening: [
        'Hello, where is my order {order}?',
        'I ordered the wrong size, can I change my order?',
        'I placed two orders by mistake.',
      ],
      client: [
        'The order number is {order}.',
        'I paid for the order by card.',
        'One item is missing from my order.',
      ],
      operator: [
        'I found order {order}, it is ready for dispatch.',
        'I have updated your order, you will get a confirmation e-mail.',
        'Orders placed before 2 pm ship the same day.',
      ],
    },
    {
      tag: 'faktura',
      opening: ['Hi, I need an invoice with our company VAT ID.', 'The invoice for order {order} has the wrong address.'],
      client: ['Please send the corrected invoice by e-mail.', 'I need all invoices for last quarter.'],
      operator: [
        'I have corrected the invoice and sent it to your e-mail.',
        'All invoices are available in My account → Invoices.',
      ],
    },
    {
      tag: 'doprava',
      opening: ['My parcel was supposed to be delivered yesterday.', 'Do you deliver to Germany?'],
      client: ['The tracking number does not work.', 'The courier did not ring the bell.', 'I paid for express delivery.'],
      operator: [
        'I contacted the courier; the delivery is rescheduled for tomorrow.',
        'We deliver to all EU countries, delivery is free over 2,000 CZK.',
        'Sorry about the late delivery, we will refund the shipping.',
      ],
    },
  ],
  clientFiller: ['OK.', 'I see.', 'One moment please.', 'Yes, exactly.', 'Hmm, what now?'],
  operatorFiller: ['One moment, let me check.', 'Thank you for your patience.', 'Is there anything else I can help with?'],
  clientThanks: ['Thanks a lot, bye.', 'Great, thank you!', 'Thanks, that is all.'],
  operatorClosings: ['You are welcome, have a nice day.', 'Thanks for contacting us. Goodbye!'],
  clientAngry: ['This is completely unacceptable!', 'I have written this three times already!!!'],
  system: {
    queued: 'The customer is waiting in queue {target}.',
    joined: '{operator} joined the conversation.',
    left: '{operator} left the conversation.',
    transferred: 'Conversation transferred to {operator}.',
    rerouted: 'Conversation re-routed by an administrator to {target}.',
    ended: 'Conversation ended.',
    'file-shared': 'File shared.',
    'screen-share-started': 'Screen sharing started.',
    'screen-share-stopped': 'Screen sharing stopped.',
    'recording-started': 'Recording started.',
    'recording-stopped': 'Recording stopped.',
  },
  anonymous: 'Visitor',
};
