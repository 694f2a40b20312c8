package dev.jabu.core.recap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Predicate;
import okhttp3.Dns;

/**
 * Looks a host up and keeps only the allowed (public) addresses, so OkHttp never connects to
 * another one; a host with none left is refused. This runs for every hop of a fetch, redirects
 * included.
 */
final class GuardedDns implements Dns {
  private final Dns delegate;
  private final Predicate<InetAddress> allowed;

  GuardedDns(Dns delegate, Predicate<InetAddress> allowed) {
    this.delegate = delegate;
    this.allowed = allowed;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> usable = delegate.lookup(hostname).stream().filter(allowed).toList();
    if (usable.isEmpty()) {
      throw new RefusedAddressException(hostname);
    }
    return usable;
  }
}
