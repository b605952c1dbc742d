#pragma once

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <ctime>

// For tests/bench/startup.sh, shared by the app and the floor window so that both are measured
// the same way: once the first paint of a window has been flushed to the screen, prints
// "shown at <ns since the epoch>; VmRSS: N kB" and leaves at once (tearing the window down is
// not part of starting it). Header-only and Qt-only, so the floor links nothing of ours.
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
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // The paint under way is flushed before the event loop turns again.
            QTimer::singleShot(0, this, &StartupProbe::report);
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
};
