package dev.jabu.core.recap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/**
 * Looks a host up and keeps only the public addresses, so OkHttp never connects to another one; a
 * host with none left is refused. This runs for every hop of a fetch, redirects included.
 */
final class GuardedDns implements Dns {
  private final Dns delegate;

  GuardedDns(Dns delegate) {
    this.delegate = delegate;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> allowed =
        delegate.lookup(hostname).stream().filter(AddressPolicy::isPublic).toList();
    if (allowed.isEmpty()) {
      throw new RefusedAddressException(hostname);
    }
    return allowed;
  }
}
