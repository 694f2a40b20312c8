package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

  private static boolean isPublic(String literal) throws UnknownHostException {
    return AddressPolicy.isPublic(InetAddress.getByName(literal));
  }

  /** 16 raw bytes, so Java does not turn a mapped form back into an IPv4 address first. */
  private static InetAddress v6(String literal) throws UnknownHostException {
    byte[] bytes = InetAddress.getByName(literal).getAddress();
    if (bytes.length == 4) {
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xFF;
      mapped[11] = (byte) 0xFF;
      System.arraycopy(bytes, 0, mapped, 12, 4);
      bytes = mapped;
    }
    return java.net.Inet6Address.getByAddress(null, bytes, -1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.255.255.254",
        "0.0.0.0",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.0.10",
        "169.254.169.254",
        "100.64.0.1",
        "100.127.255.255",
        "224.0.0.1",
        "239.255.255.250",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd12:3456:789a::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "::ffff:169.254.169.254",
        "::127.0.0.1",
        "64:ff9b::7f00:1",
        "2002:7f00:1::",
        "2002:a9fe:a9fe::1",
        "2001:db8::1"
      })
  void internalAddressesAreRefused(String literal) throws UnknownHostException {
    assertThat(isPublic(literal)).as(literal).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.1.1.1",
        "8.8.8.8",
        "140.82.112.3",
        "100.63.255.255",
        "100.128.0.0",
        "172.15.255.255",
        "172.32.0.0",
        "2606:4700:4700::1111",
        "2a00:1450:4001::200e",
        "64:ff9b::808:808"
      })
  void publicAddressesAreAllowed(String literal) throws UnknownHostException {
    assertThat(isPublic(literal)).as(literal).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "169.254.169.254", "0.0.0.0"})
  void ipv4MappedFormsAreJudgedByTheirIpv4Address(String v4) throws UnknownHostException {
    InetAddress mapped = v6(v4);
    assertThat(AddressPolicy.isPublic(mapped)).as(mapped.toString()).isFalse();
    assertThat(AddressPolicy.isPublic(v6("8.8.8.8"))).isTrue();
  }
}
