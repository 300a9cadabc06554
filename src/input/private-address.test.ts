import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAddress, isPrivateAddress } from './private-address.js';

test('IPv4 private, loopback, link-local, CGNAT, this-network, multicast and reserved ranges are refused', () => {
  const refused: [string, string][] = [
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.20', 'private'],
    ['169.254.169.254', 'link-local'], // cloud metadata endpoint
    ['100.64.0.1', 'shared (CGNAT)'],
    ['100.127.255.255', 'shared (CGNAT)'],
    ['0.0.0.0', 'this-network'],
    ['0.1.2.3', 'this-network'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'reserved'],
  ];
  for (const [ip, cls] of refused) assert.equal(classifyAddress(ip), cls, ip);
});

test('public IPv4 addresses next to the private ranges are allowed', () => {
  for (const ip of ['8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0', '169.253.0.1', '11.0.0.1', '192.169.0.1', '223.255.255.255']) {
    assert.equal(classifyAddress(ip), null, ip);
    assert.equal(isPrivateAddress(ip), false, ip);
  }
});

test('IPv6 loopback, unspecified, unique-local, link-local, multicast are refused', () => {
  const refused: [string, string][] = [
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['[fe80::abcd]', 'link-local'],
    ['febf::1', 'link-local'],
    ['ff02::1', 'multicast'],
  ];
  for (const [ip, cls] of refused) assert.equal(classifyAddress(ip), cls, ip);
  for (const ip of ['2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '2001:4860:4860::8888']) assert.equal(classifyAddress(ip), null, ip);
});

test('IPv6 forms carrying an IPv4 address are judged by that address', () => {
  assert.equal(classifyAddress('::ffff:127.0.0.1'), 'loopback');
  assert.equal(classifyAddress('::ffff:7f00:1'), 'loopback'); // same, hex form
  assert.equal(classifyAddress('::ffff:169.254.169.254'), 'link-local');
  assert.equal(classifyAddress('::ffff:10.1.2.3'), 'private');
  assert.equal(classifyAddress('::ffff:8.8.8.8'), null);
  // IPv4-translated (::ffff:0:0/96), dotted and hex, with brackets as in a URL
  assert.equal(classifyAddress('::ffff:0:127.0.0.1'), 'loopback');
  assert.equal(classifyAddress('[::ffff:0:7f00:1]'), 'loopback');
  assert.equal(classifyAddress('0:0:0:0:ffff:0:a01:203'), 'private');
  assert.equal(classifyAddress('::ffff:0:8.8.8.8'), 'reserved (IPv4-translated)');
  assert.equal(classifyAddress('64:ff9b::10.0.0.1'), 'private'); // NAT64
  assert.equal(classifyAddress('64:ff9b::8.8.8.8'), null);
  assert.equal(classifyAddress('2002:c0a8:0101::1'), 'private'); // 6to4 of 192.168.1.1
  assert.equal(classifyAddress('2002:0808:0808::1'), null);
  assert.equal(classifyAddress('::127.0.0.1'), 'reserved (IPv4-compatible)');
});

test('anything that is not an IP address is refused', () => {
  for (const s of ['example.com', '1.2.3', '256.1.1.1', '01.2.3.4x', '', 'fe80::zz']) assert.equal(isPrivateAddress(s), true, s);
});
