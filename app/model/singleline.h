#pragma once

#include <QString>
#include <QStringView>

// Text from outside (a server's answer, a file, a user's paste) made fit for one line of a
// terminal or a list: line breaks and tabs become spaces; other control characters (C0, DEL,
// C1) and the bidirectional overrides that reorder what a reader sees become U+FFFD.
QString singleLine(QStringView text);
