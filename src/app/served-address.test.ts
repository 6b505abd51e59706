import { describe, expect, it } from 'vitest';
import { describeServed } from './served-address.ts';

describe('the address binhdang serve says it serves', () => {
  it('names the one address it is bound to', () => {
    expect(describeServed([{ address: '127.0.0.1', family: 'IPv4', port: 3000 }])).toEqual({
      line: 'http://127.0.0.1:3000',
      local: 'http://127.0.0.1:3000',
    });
    expect(describeServed([{ address: '::1', family: 'IPv6', port: 8080 }]).line).toBe('http://[::1]:8080');
  });

  it('says the default 0.0.0.0 is every address, and how to reach it here and from the network', () => {
    const served = describeServed(
      [{ address: '0.0.0.0', family: 'IPv4', port: 3000 }],
      [
        { address: '127.0.0.1', family: 'IPv4', internal: true },
        { address: '192.168.1.20', family: 'IPv4', internal: false },
        { address: 'fe80::1', family: 'IPv6', internal: false },
      ],
    );
    expect(served).toEqual({
      line:
        'http://0.0.0.0:3000 = every address of this machine ' +
        '(http://localhost:3000 on this machine; http://192.168.1.20:3000 from the network)',
      local: 'http://localhost:3000',
    });
  });

  it('lists both addresses of a host bound twice (localhost on IPv4 and IPv6)', () => {
    const served = describeServed([
      { address: '127.0.0.1', family: 'IPv4', port: 3000 },
      { address: '::1', family: 'IPv6', port: 3000 },
    ]);
    expect(served.line).toBe('http://127.0.0.1:3000, http://[::1]:3000');
  });
});
