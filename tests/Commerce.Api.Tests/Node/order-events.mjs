// Subscribes to orderStatusChanged with the npm graphql-ws client (a client nobody here wrote) and prints the
// events of one order as JSON once it has `count` of them.
// usage: node order-events.mjs <http base url> <bearer token> <order id> <after cursor> <count>
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [baseUrl, token, orderId, after, count] = process.argv.slice(2);
const url = new URL('graphql', baseUrl.replace(/^http/, 'ws')).toString();
const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
const query = `subscription($orderId: ID!, $after: String) {
  orderStatusChanged(orderId: $orderId, after: $after) {
    cursor type status previousStatus paymentStatus fulfillmentStatus order { status }
  }
}`;

const timer = setTimeout(() => {
  console.error(`timed out waiting for ${count} events`);
  process.exit(2);
}, 60_000);

const events = [];
try {
  for await (const result of client.iterate({ query, variables: { orderId, after } })) {
    if (result.errors) {
      console.log(JSON.stringify({ ok: false, errors: result.errors }));
      process.exit(1);
    }
    events.push(result.data.orderStatusChanged);
    if (events.length >= Number(count)) {
      break;
    }
  }
} finally {
  clearTimeout(timer);
  await client.dispose();
}

console.log(JSON.stringify({ ok: true, events }));
