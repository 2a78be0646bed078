#!/bin/sh
# Links the machine's node and npm into node/, where frontend-maven-plugin looks for them
# (node/node and node/node_modules/npm/bin/npm-cli.js); the plugin cannot download Node here.
set -e
cd "$(dirname "$0")/.."
NODE=$(command -v node) || { echo "node is not on PATH; install Node.js 20 or newer" >&2; exit 1; }
NPM=$(command -v npm) || { echo "npm is not on PATH; install npm 10 or newer" >&2; exit 1; }
NPM_DIR=$(cd "$(dirname "$(readlink -f "$NPM")")/.." && pwd)
test -f "$NPM_DIR/bin/npm-cli.js" || { echo "npm-cli.js not found under $NPM_DIR" >&2; exit 1; }
mkdir -p node/node_modules
ln -sfn "$(readlink -f "$NODE")" node/node
ln -sfn "$NPM_DIR" node/node_modules/npm
