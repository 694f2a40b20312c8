package dev.jabu.core.recap;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Which addresses a recap may be fetched from. Only public unicast addresses are, unless the
 * operator allows private ones: otherwise a member could make the bot read the admin page of the
 * router, a cloud metadata service (169.254.169.254) or anything else only the server can reach.
 *
 * <p>IPv6 forms that carry an IPv4 address (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible,
 * NAT64 {@code 64:ff9b::/96} and 6to4 {@code 2002::/16}) are judged by that IPv4 address.
 */
final class AddressPolicy {
  private record Range(byte[] prefix, int bits) {
    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != prefix[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[full] & mask) == (prefix[full] & mask);
    }
  }

  private static final List<Range> BLOCKED_V4 =
      List.of(
          v4("0.0.0.0", 8), // "this network", 0.0.0.0 included
          v4("10.0.0.0", 8), // private
          v4("100.64.0.0", 10), // carrier-grade NAT
          v4("127.0.0.0", 8), // loopback
          v4("169.254.0.0", 16), // link-local, cloud metadata services
          v4("172.16.0.0", 12), // private
          v4("192.0.0.0", 24), // IETF protocol assignments
          v4("192.0.2.0", 24), // documentation
          v4("192.168.0.0", 16), // private
          v4("198.18.0.0", 15), // benchmarking
          v4("198.51.100.0", 24), // documentation
          v4("203.0.113.0", 24), // documentation
          v4("224.0.0.0", 4), // multicast
          v4("240.0.0.0", 4)); // reserved, broadcast included

  private static final List<Range> BLOCKED_V6 =
      List.of(
          v6("0100::", 64), // discard
          v6("2001::", 32), // Teredo: the IPv4 inside is obfuscated, so refuse it whole
          v6("2001:db8::", 32), // documentation
          v6("64:ff9b:1::", 48), // local-use NAT64
          v6("fc00::", 7), // unique local
          v6("fe80::", 10), // link-local
          v6("fec0::", 10), // site-local (deprecated)
          v6("ff00::", 8)); // multicast

  private AddressPolicy() {}

  /** Whether {@code address} is a public unicast address that a recap may come from. */
  static boolean isPublic(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      return BLOCKED_V4.stream().noneMatch(r -> r.contains(bytes));
    }
    byte[] embedded = embeddedIpv4(bytes);
    if (embedded != null) {
      return BLOCKED_V4.stream().noneMatch(r -> r.contains(embedded));
    }
    return BLOCKED_V6.stream().noneMatch(r -> r.contains(bytes));
  }

  /** The IPv4 address an IPv6 form carries, or null. {@code ::} and {@code ::1} are such forms. */
  private static byte[] embeddedIpv4(byte[] v6) {
    boolean zeros80 = allZero(v6, 0, 10);
    boolean mapped = zeros80 && (v6[10] & 0xFF) == 0xFF && (v6[11] & 0xFF) == 0xFF;
    boolean compatible = zeros80 && v6[10] == 0 && v6[11] == 0;
    boolean nat64 =
        v6[0] == 0
            && v6[1] == 0x64
            && (v6[2] & 0xFF) == 0xFF
            && (v6[3] & 0xFF) == 0x9B
            && allZero(v6, 4, 12);
    if (mapped || compatible || nat64) {
      return Arrays.copyOfRange(v6, 12, 16);
    }
    if (v6[0] == 0x20 && v6[1] == 0x02) { // 6to4: 2002:AABB:CCDD::/48
      return Arrays.copyOfRange(v6, 2, 6);
    }
    return null;
  }

  private static boolean allZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static Range v4(String address, int bits) {
    return new Range(literal(address), bits);
  }

  private static Range v6(String address, int bits) {
    return new Range(literal(address), bits);
  }

  private static byte[] literal(String address) {
    try {
      // a literal is parsed, never looked up
      return InetAddress.getByName(address).getAddress();
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(address, e);
    }
  }
}
