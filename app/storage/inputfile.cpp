#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace InputFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InputFile", text);
}

} // namespace

bool read(const QString &path, QByteArray *data, QString *problem)
{
    QFile file;
    const bool isStdin = path == QLatin1String("-");
    if (isStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *problem = tr("cannot read standard input: %1").arg(file.errorString());
            return false;
        }
    } else {
        // Opening a FIFO blocks until a writer comes, and a device never ends: look first.
        struct stat info;
        if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
            *problem = tr("cannot read %1: %2").arg(path, tr("no such file"));
            return false;
        }
        if (S_ISDIR(info.st_mode)) {
            *problem = tr("%1 is a folder, not a file").arg(path);
            return false;
        }
        if (!S_ISREG(info.st_mode)) {
            *problem = tr("%1 is not a regular file (a pipe, device or socket)").arg(path);
            return false;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = tr("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    *data = file.read(MaxBytes + 1);
    if (data->size() > MaxBytes) {
        *problem = tr("%1 is larger than %2 MiB; that is not an integration body")
                       .arg(isStdin ? tr("standard input") : path)
                       .arg(MaxBytes / (1024 * 1024));
        data->clear();
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        *problem = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (data->startsWith("\xEF\xBB\xBF"))
        data->remove(0, 3);
    return true;
}

} // namespace InputFile
