package dev.jabu.app.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Whether a configured host is one a server can listen on: an IPv4 or IPv6 literal, or a DNS name
 * made of letters, digits and hyphens. Checked by its form only, never by a DNS lookup, so checking
 * the configuration needs no network.
 */
final class HostName {
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  private static final Pattern IPV6_CHARACTERS =
      Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9._-]+)?");
  private static final int MAX_NAME = 253;

  private HostName() {}

  /** {@code ::1} for {@code [::1]}, as URLs write IPv6 addresses. */
  static String withoutBrackets(String host) {
    return host.length() > 1 && host.startsWith("[") && host.endsWith("]")
        ? host.substring(1, host.length() - 1)
        : host;
  }

  static boolean isValid(String host) {
    host = withoutBrackets(host);
    if (host.isEmpty()) {
      return false;
    }
    if (host.indexOf(':') >= 0) {
      return isIpv6(host);
    }
    if (IPV4.matcher(host).matches()) {
      for (String part : host.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return false;
        }
      }
      return true;
    }
    return isDnsName(host);
  }

  private static boolean isIpv6(String host) {
    if (!IPV6_CHARACTERS.matcher(host).matches()) {
      return false;
    }
    try {
      // a literal with a colon is parsed, never looked up: an invalid one fails at once
      InetAddress.getByName(host);
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isDnsName(String host) {
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (name.isEmpty() || name.length() > MAX_NAME) {
      return false;
    }
    String[] labels = name.split("\\.", -1);
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    // a last label of digits only is a mistyped address (1.2.3.999), not a name
    return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
  }
}
