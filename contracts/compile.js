#!/usr/bin/env node
// Compiles contracts/src/*.sol with solc-js (the compiler is bundled in the npm package: fully offline)
// into contracts/build/<ContractName>.json = {contractName, sourceName, compiler, settings, abi, bytecode, deployedBytecode}.
//
//   node compile.js           (npm run build)         write build/*.json
//   node compile.js --check   (npm run verify-build)  recompile in memory and fail if build/ differs in any byte
//
// Reproducible: the compiler version is pinned (package.json + package-lock.json, and checked below), the settings
// are fixed here, source unit names are the repo-relative paths "src/<File>.sol", and the metadata hash is not
// appended to the bytecode (bytecodeHash "none"), so comments/whitespace and the checkout path never change the bytes.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const EXPECTED_SOLC = '0.8.37';
const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  metadata: { bytecodeHash: 'none' },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
};

const root = __dirname;
const srcDir = path.join(root, 'src');
const outDir = path.join(root, 'build');
const check = process.argv.includes('--check');

function compile() {
  const version = solc.version(); // e.g. "0.8.37+commit.xxxxxxxx.Emscripten.clang"
  if (!version.startsWith(EXPECTED_SOLC + '+')) {
    throw new Error(`solc ${version} is installed, ${EXPECTED_SOLC} is required: run "npm ci" in contracts/`);
  }
  const sources = {};
  for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort()) {
    // normalise line endings so a CRLF checkout compiles to the same bytes
    sources[`src/${f}`] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8').replace(/\r\n/g, '\n') };
  }
  const input = { language: 'Solidity', sources, settings: SETTINGS };
  const res = JSON.parse(solc.compile(JSON.stringify(input)));
  const diags = res.errors || [];
  for (const e of diags) console.error(e.formattedMessage || e.message);
  if (diags.some((e) => e.severity === 'error')) throw new Error('compilation failed');

  const artifacts = {}; // fileName -> exact file content
  for (const sourceName of Object.keys(res.contracts).sort()) {
    for (const contractName of Object.keys(res.contracts[sourceName]).sort()) {
      const c = res.contracts[sourceName][contractName];
      const artifact = {
        contractName,
        sourceName,
        compiler: `solc-js ${version}`,
        settings: { optimizer: SETTINGS.optimizer, evmVersion: SETTINGS.evmVersion, metadata: SETTINGS.metadata },
        abi: c.abi,
        bytecode: '0x' + c.evm.bytecode.object,
        deployedBytecode: '0x' + c.evm.deployedBytecode.object,
      };
      if (artifacts[contractName + '.json']) throw new Error(`duplicate contract name ${contractName}`);
      artifacts[contractName + '.json'] = JSON.stringify(artifact, null, 2) + '\n';
    }
  }
  return { version, artifacts };
}

try {
  const t0 = Date.now();
  const { version, artifacts } = compile();
  const ms = Date.now() - t0;
  if (!check) {
    fs.mkdirSync(outDir, { recursive: true });
    for (const [file, text] of Object.entries(artifacts)) {
      fs.writeFileSync(path.join(outDir, file), text);
      const a = JSON.parse(text);
      console.log(`build/${file}: ${(a.bytecode.length - 2) / 2} bytes initcode, ${(a.deployedBytecode.length - 2) / 2} bytes runtime`);
    }
    for (const f of fs.readdirSync(outDir)) {
      if (f.endsWith('.json') && !artifacts[f]) console.warn(`warning: build/${f} has no source any more (delete it)`);
    }
    console.log(`solc ${version}, ${Object.keys(artifacts).length} artifacts in ${ms} ms`);
  } else {
    const problems = [];
    const present = fs.existsSync(outDir) ? fs.readdirSync(outDir).filter((f) => f.endsWith('.json')) : [];
    for (const [file, text] of Object.entries(artifacts)) {
      const p = path.join(outDir, file);
      if (!fs.existsSync(p)) problems.push(`build/${file} is missing`);
      else if (fs.readFileSync(p, 'utf8') !== text) {
        const old = JSON.parse(fs.readFileSync(p, 'utf8'));
        const now = JSON.parse(text);
        const fields = Object.keys(now).filter((k) => JSON.stringify(old[k]) !== JSON.stringify(now[k]));
        problems.push(`build/${file} differs from a fresh compile (${fields.join(', ') || 'formatting'})`);
      }
    }
    for (const f of present) if (!artifacts[f]) problems.push(`build/${f} does not come from any source in src/`);
    if (problems.length) {
      for (const p of problems) console.error('✗ ' + p);
      console.error('Run "npm run build" in contracts/ and commit build/.');
      process.exit(1);
    }
    console.log(`✓ build/ matches a fresh compile of src/ (solc ${version}, ${Object.keys(artifacts).length} artifacts, ${ms} ms)`);
  }
} catch (e) {
  console.error('✗ ' + e.message);
  process.exit(1);
}
