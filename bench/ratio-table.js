#!/usr/bin/env node
// Reads the run-suite.sh outputs that compare-with-anvil.sh leaves in DIR (GAS-PEER-ROUND.txt) and prints, for each
// gas limit, one markdown table: every measure for anvil and NOS per round, the ratio NOS/anvil, and for the measures
// the issue sets a target for, in how many rounds the ratio met it and the ratios' mean.
// Usage: node ratio-table.js DIR GAS...
'use strict';
const fs = require('fs');
const path = require('path');

const AT_MOST_1_5 = { label: '≤ 1.5', meets: ratio => ratio <= 1.5 };
const AT_LEAST_1 = { label: '≥ 1', meets: ratio => ratio >= 1 };
const MEASURES = [
  { name: 'eth_call keccak (ms)', target: AT_MOST_1_5, get: s => s.compute?.keccak?.median_ms },
  { name: 'eth_call arith (ms)', target: AT_MOST_1_5, get: s => s.compute?.arith?.median_ms },
  { name: 'ETH batches accepted/s', get: s => s.batch?.accepted_tx_per_s },
  { name: 'ETH batches mined/s', target: AT_LEAST_1, get: s => s.batch?.mined_tx_per_s },
  { name: 'single requests accepted/s', get: s => s.single?.accepted_tx_per_s },
  { name: 'single requests mined/s', target: AT_LEAST_1, get: s => s.single?.mined_tx_per_s },
  { name: 'ERC-20 batches accepted/s', get: s => s.erc20?.accepted_tx_per_s },
  { name: 'ERC-20 batches mined/s', target: AT_LEAST_1, get: s => s.erc20?.mined_tx_per_s },
  { name: 'wrk eth_blockNumber req/s', target: AT_LEAST_1, get: s => s.wrkBlockNumber },
  { name: 'wrk eth_getBalance req/s', target: AT_LEAST_1, get: s => s.wrkBalance },
];

/** One suite output: its sections by heading, the JSON result of each, and wrk's requests per second. */
function parse(file) {
  const sections = fs.readFileSync(file, 'utf8').split(/^## /m).slice(1);
  const out = {};
  for (const section of sections) {
    const heading = section.slice(0, section.indexOf('\n'));
    const json = () => {
      const start = section.indexOf('{');
      return start < 0 ? undefined : JSON.parse(section.slice(start, section.lastIndexOf('}') + 1));
    };
    const wrk = () => Number((section.match(/Requests\/sec:\s*([\d.]+)/) || [])[1]) || undefined;
    if (heading.startsWith('compute')) out.compute = json();
    else if (heading.startsWith('transfers ETH, JSON-RPC batches')) out.batch = json();
    else if (heading.startsWith('transfers ETH, single')) out.single = json();
    else if (heading.startsWith('transfers ERC-20')) out.erc20 = json();
    else if (heading.startsWith('eth_blockNumber wrk')) out.wrkBlockNumber = wrk();
    else if (heading.startsWith('eth_getBalance wrk')) out.wrkBalance = wrk();
  }
  return out;
}

const format = v => v === undefined ? '-' : v >= 10000 ? (v / 1000).toFixed(1) + 'k' : String(+v.toFixed(2));

const [dir, ...gasLimits] = process.argv.slice(2);
for (const gas of gasLimits) {
  const rounds = [];
  for (let r = 1; fs.existsSync(path.join(dir, `${gas}-nos-${r}.txt`)); r++) {
    rounds.push({ nos: parse(path.join(dir, `${gas}-nos-${r}.txt`)), anvil: parse(path.join(dir, `${gas}-anvil-${r}.txt`)) });
  }
  console.log(`\nGas limit ${gas}: NOS against anvil, ${rounds.length} round(s); ratio = NOS / anvil\n`);
  console.log('| measure | ' + rounds.map((_, i) => `anvil r${i + 1} | NOS r${i + 1} | ratio`).join(' | ')
    + ' | target | met | mean ratio |');
  console.log('| --- |' + ' --- | --- | --- |'.repeat(rounds.length) + ' --- | --- | --- |');
  for (const m of MEASURES) {
    const ratios = [];
    const cells = rounds.flatMap(({ nos, anvil }) => {
      const a = m.get(anvil), n = m.get(nos);
      if (a && n) ratios.push(+(n / a).toFixed(2));
      return [format(a), format(n), a && n ? (n / a).toFixed(2) : '-'];
    });
    const met = m.target && ratios.length ? `${ratios.filter(m.target.meets).length}/${ratios.length}` : '';
    const mean = m.target && ratios.length ? (ratios.reduce((x, y) => x + y, 0) / ratios.length).toFixed(2) : '';
    console.log(`| ${m.name} | ${cells.join(' | ')} | ${m.target ? m.target.label : ''} | ${met} | ${mean} |`);
  }
}
