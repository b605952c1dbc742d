#pragma once

// Turns Nagle's algorithm off on the process's TCP connections, as curl and browsers do for
// HTTP. Qt 6.4 sets no TCP_NODELAY on QNetworkAccessManager's sockets and has no way to ask for
// it, and it hands a request body to the kernel in 16 KB pieces. Where the maximum segment is
// larger than that (loopback: 64 KB, so a local cluster or an SSH or kubectl tunnel), each
// piece is a small segment, and Nagle holds all but the first until the server acknowledges
// it, which on a kept-alive connection it delays by about 40 ms. Setting the option also sends
// at once whatever Nagle was holding. On systems other than Linux this does nothing.
namespace LowDelay {

void applyToOpenConnections();

} // namespace LowDelay
