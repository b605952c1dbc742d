#pragma once

#include <QByteArray>
#include <QString>

// Reading a file the user names (Open, Import, the command line's FILE), the same way for every
// path in: "-" is standard input; a folder, FIFO, device or socket is refused at once instead of
// hanging; more than MaxBytes is refused; a UTF-8 byte order mark is dropped.
namespace InputFile {

constexpr qint64 MaxBytes = 64 * 1024 * 1024;

// False, with *problem saying why in words that name the path.
bool read(const QString &path, QByteArray *data, QString *problem);

} // namespace InputFile
