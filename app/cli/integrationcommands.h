#pragma once

#include <QStringList>

class QTextStream;

// The commands about the integrations a cluster holds: `list`, `status` and `delete`.
// Arguments start with "galileo-integrations COMMAND".
namespace CommandLine {

int listCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int statusCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int deleteCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace CommandLine
