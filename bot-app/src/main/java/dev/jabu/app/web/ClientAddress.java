package dev.jabu.app.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who is searching, for the search limit. Behind a reverse proxy on the same machine or network
 * every request comes from the proxy, so there the last {@code X-Forwarded-For} entry (the one the
 * proxy added) is the reader. A client reaching jabu directly cannot pick its own address that way:
 * its header is ignored.
 */
final class ClientAddress {
  private ClientAddress() {}

  static String of(Context ctx) {
    String direct = ctx.req().getRemoteAddr();
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank() || !fromOwnNetwork(direct)) {
      return direct;
    }
    String[] hops = forwarded.split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() || last.length() > 64 ? direct : last;
  }

  private static boolean fromOwnNetwork(String address) {
    try {
      // a literal address: no name lookup happens
      InetAddress a = InetAddress.getByName(address);
      return a.isLoopbackAddress() || a.isSiteLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
