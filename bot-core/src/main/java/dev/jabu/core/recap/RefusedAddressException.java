package dev.jabu.core.recap;

import java.net.UnknownHostException;

/**
 * A web address that resolved to, or connected to, an address recaps may not be fetched from. It is
 * an {@link UnknownHostException} because that is what OkHttp's {@code Dns} may throw.
 */
final class RefusedAddressException extends UnknownHostException {
  RefusedAddressException(String host) {
    super(host + " is not a public address");
  }
}
