#include "integrationlist.h"

#include "api/galileoclient.h"
#include "api/galileorequests.h"
#include "model/singleline.h"

#include <QLocale>

#include <algorithm>

namespace {

// A status map can hold anything: the cell shows one line of it.
constexpr int MaxStatusLength = 200;

QString bounded(const QString &text)
{
    QString line = singleLine(text);
    if (line.size() > MaxStatusLength)
        line = line.left(MaxStatusLength) + QStringLiteral("...");
    return line;
}

} // namespace

IntegrationList::IntegrationList(QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(new GalileoClient(this))
    , m_statusClient(new GalileoClient(this))
{
    for (GalileoClient *client : {m_client, m_statusClient})
        connect(client, &GalileoClient::busyChanged, this, [this] { emit busyChanged(isBusy()); });
}

void IntegrationList::setConnection(const ConnectionSettings &settings,
                                    const GalileoSecrets &secrets)
{
    const QUrl before = m_client->identity().apiUrl;
    m_client->setConnection(settings, secrets);
    m_statusClient->setConnection(settings, secrets);
    // Another cluster's list says nothing about this one.
    if (m_client->identity().apiUrl != before && !m_rows.isEmpty()) {
        cancel();
        ++m_generation;
        clear();
    }
}

void IntegrationList::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_loaded = false;
}

QString IntegrationList::missingCredentials() const
{
    return m_client->missingCredentials();
}

bool IntegrationList::isBusy() const
{
    return m_client->isBusy() || m_statusClient->isBusy();
}

void IntegrationList::cancel()
{
    m_client->cancel();
    m_statusClient->cancel();
}

bool IntegrationList::refresh()
{
    if (isBusy())
        return false;
    ++m_generation;
    const int generation = m_generation;
    return m_client->run(std::make_shared<ListIntegrationsRequest>(),
                         [this, generation](const ApiResult &result) {
                             if (generation == m_generation)
                                 listed(result);
                         });
}

void IntegrationList::listed(const ApiResult &answer)
{
    ApiResult result = answer;
    // The client told an older cluster from a wrong base URL; the window has its own advice.
    if (result.outcome == ApiResult::Outcome::Unsupported) {
        result.hint = tr("It is an older Galileo. Load from Galileo still reads its custom "
                         "integration; for the list, ask for Galileo to be updated.");
    }
    if (!result.ok()) {
        // Rows of a list that could not be read again are not to be acted on: the message says
        // why they went. A cancelled refresh leaves the list as it was.
        if (result.outcome != ApiResult::Outcome::Cancelled)
            clear();
        emit refreshed(result);
        return;
    }
    QStringList problems;
    const QList<StoredIntegration> integrations =
        ListIntegrationsRequest::parse(result.array, &problems);
    beginResetModel();
    m_rows.clear();
    for (const StoredIntegration &integration : integrations) {
        Row row;
        row.integration = integration;
        row.state = integration.isCustom() ? StatusState::Pending : StatusState::None;
        m_rows << row;
    }
    endResetModel();
    m_loaded = true;
    result.summary =
        m_rows.size() == 1 ? tr("1 integration.") : tr("%1 integrations.").arg(m_rows.size());
    if (!problems.isEmpty()) {
        result.hint = tr("Left out, not being integrations: %1")
                          .arg(bounded(problems.join(QLatin1String("; "))));
    }
    emit refreshed(result);
    readNextStatus();
}

void IntegrationList::readNextStatus()
{
    const auto pending = std::find_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.state == StatusState::Pending;
    });
    if (pending == m_rows.cend()) {
        emit statusesRead();
        return;
    }
    const StoredIntegration integration = pending->integration;
    const bool named = integration.isNamedCustom();
    const int generation = m_generation;
    const bool started = m_statusClient->run(
        std::make_shared<IntegrationStatusRequest>(
            named ? integration.name : QStringLiteral("custom"), named),
        [this, integration, generation](const ApiResult &result) {
            if (generation != m_generation)
                return;
            const int at = rowOf(integration.name);
            if (at < 0) { // deleted meanwhile
                readNextStatus();
                return;
            }
            Row &row = m_rows[at];
            if (result.ok()) {
                const QMap<QString, QString> entries = IntegrationStatusRequest::parse(result.json);
                QStringList lines;
                for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
                    lines << QStringLiteral("%1: %2").arg(it.key(), it.value());
                // The "status" entry says it in a word, where the server has one.
                const QString word = entries.value(QStringLiteral("status"));
                const QString message = entries.value(QStringLiteral("message"));
                row.state = StatusState::Known;
                row.status =
                    bounded(!word.isEmpty()
                                ? (message.isEmpty() ? word : word + QLatin1String(": ") + message)
                                : lines.join(QLatin1String(", ")));
                if (row.status.isEmpty())
                    row.status = tr("(empty answer)");
                row.detail = bounded(lines.join(QLatin1String("; ")));
            } else if (result.outcome == ApiResult::Outcome::Cancelled) {
                // Cancelled: this and the rest stay unread.
                for (Row &unread : m_rows) {
                    if (unread.state == StatusState::Pending) {
                        unread.state = StatusState::Failed;
                        unread.status = tr("Not read: cancelled");
                        unread.detail = tr("Refresh to read it.");
                    }
                }
                emit dataChanged(index(0, Status), index(int(m_rows.size()) - 1, Status));
                emit statusesRead();
                return;
            } else {
                row.state = StatusState::Failed;
                row.status = bounded(tr("Failed: %1").arg(result.summary));
                row.detail = bounded(result.hint);
            }
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
            readNextStatus();
        });
    if (!started)
        emit statusesRead();
}

bool IntegrationList::remove(const QString &name)
{
    if (m_client->isBusy())
        return false;
    const int generation = m_generation;
    return m_client->run(std::make_shared<DeleteIntegrationRequest>(name),
                         [this, name, generation](const ApiResult &result) {
                             if (result.ok() && generation == m_generation) {
                                 const int at = rowOf(name);
                                 if (at >= 0) {
                                     beginRemoveRows({}, at, at);
                                     m_rows.removeAt(at);
                                     endRemoveRows();
                                 }
                             }
                             emit removed(name, result);
                         });
}

int IntegrationList::rowOf(const QString &name, const QString &provider) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const StoredIntegration &integration = m_rows.at(row).integration;
        if (integration.name == name && integration.provider == provider)
            return int(row);
    }
    return -1;
}

int IntegrationList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IntegrationList::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntegrationList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const StoredIntegration &integration = row.integration;
    if (role == StatusStateRole)
        return int(row.state);
    const auto yesNo = [](bool value) { return value ? tr("yes") : tr("no"); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return bounded(integration.name);
        case Provider:
            return bounded(integration.provider);
        case Selected:
            return yesNo(integration.selected);
        case Disabled:
            return yesNo(integration.disabled);
        case Updated:
            return integration.updatedAt.isValid()
                       ? QLocale().toString(integration.updatedAt.toLocalTime(),
                                            QLocale::ShortFormat)
                       : QStringLiteral("-");
        case Status:
            switch (row.state) {
            case StatusState::None:
                return QStringLiteral("-");
            case StatusState::Pending:
                return tr("Reading...");
            case StatusState::Known:
            case StatusState::Failed:
                return row.status;
            }
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status && row.state == StatusState::None)
            return tr("Only custom integrations have their status read here.");
        if (index.column() == Status)
            return row.detail.isEmpty() ? QVariant() : QVariant(row.detail);
        if (!integration.isCustom())
            return tr("Only custom integrations can be opened or deleted here.");
    }
    return {};
}

QVariant IntegrationList::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Provider:
        return tr("Provider");
    case Selected:
        return tr("Selected");
    case Disabled:
        return tr("Disabled");
    case Updated:
        return tr("Updated");
    case Status:
        return tr("Status");
    }
    return {};
}
