#pragma once

#include <QStringList>

class QTextStream;

namespace CommandLine {

// `profile list | import FILE --name NAME | export NAME [--output FILE] | delete NAME`;
// arguments start with "galileo-integrations profile".
int profileCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace CommandLine
