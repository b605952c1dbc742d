#include "lowdelay.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>
#endif

namespace LowDelay {

void applyToOpenConnections()
{
#ifdef Q_OS_LINUX
    DIR *descriptors = opendir("/proc/self/fd");
    if (!descriptors)
        return;
    while (const dirent *entry = readdir(descriptors)) {
        const int fd = std::atoi(entry->d_name);
        int type = 0;
        socklen_t typeLength = sizeof type;
        sockaddr_storage address{};
        socklen_t addressLength = sizeof address;
        // TCP sockets only (a Unix socket, such as D-Bus's, is left alone); one that is still
        // connecting has no peer yet but takes the option all the same.
        if (fd <= 2 || fd == dirfd(descriptors) ||
            getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &typeLength) != 0 || type != SOCK_STREAM ||
            getsockname(fd, reinterpret_cast<sockaddr *>(&address), &addressLength) != 0 ||
            (address.ss_family != AF_INET && address.ss_family != AF_INET6))
            continue;
        const int on = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    }
    closedir(descriptors);
#endif
}

} // namespace LowDelay
