#pragma once

#include <QApplication>
#include <QEvent>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <ctime>

// For tests/bench/startup.sh, shared by the app and the floor window so that both are measured
// the same way: once the first paint of a window has been flushed to the screen, prints
// "shown at <ns since the epoch>; VmRSS: N kB" and leaves at once (tearing the window down is
// not part of starting it). Header-only and Qt-only, so the floor links nothing of ours.
//
// A window paints its widgets and flushes them to the screen while it handles an expose event,
// so the probe delivers expose events itself and reports as soon as one has returned after a
// paint. Events queued behind it (a second expose, the pointer entering) come after the first
// picture and are not part of it.
class StartupProbe : public QObject
{
public:
    explicit StartupProbe(QApplication *app)
        : QObject(app)
    {
        app->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            m_painted = true;
        } else if (event->type() == QEvent::Expose && watched->isWindowType() && !m_delivering) {
            m_delivering = true;
            const bool handled = watched->event(event);
            m_delivering = false;
            if (m_painted)
                report();
            return handled;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void report()
    {
        timespec now;
        clock_gettime(CLOCK_REALTIME, &now);
        QFile status(QStringLiteral("/proc/self/status"));
        status.open(QIODevice::ReadOnly);
        const QByteArray text = status.readAll();
        const qsizetype at = text.indexOf("VmRSS:");
        std::printf("shown at %lld; %s\n", qint64(now.tv_sec) * 1000000000 + now.tv_nsec,
                    text.mid(at, text.indexOf('\n', at) - at).simplified().constData());
        std::fflush(stdout);
        std::_Exit(0);
    }

    bool m_painted = false;
    bool m_delivering = false;
};
