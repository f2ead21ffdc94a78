// The suite must run on the Lambda runtime's major version. `npm run` puts the pinned Node 24
// (node_modules/.bin/node) first on PATH; anything else means a silent fallback to the system Node.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 24) {
  console.error(
    `Running on Node ${process.versions.node}, but the project pins Node 24 (as AWS Lambda). Run through npm (npm test / npm start).`,
  );
  process.exit(1);
}
