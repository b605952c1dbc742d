#pragma once

#include "api/apiresult.h"
#include "api/connectionsettings.h"

#include <QAbstractTableModel>

class GalileoClient;

// The organisation's integrations as GET /integrations lists them, with the status of each
// custom one read after the list, one at a time: the table of Galileo > Integrations. It has
// clients of its own, so the form's client stays free for submitting and loading.
class IntegrationList : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Provider, Selected, Disabled, Updated, Status, ColumnCount };
    enum class StatusState { None, Pending, Known, Failed };
    // The StatusState of a row, as an int, on every column.
    static constexpr int StatusStateRole = Qt::UserRole + 1;

    explicit IntegrationList(QObject *parent = nullptr);

    void setConnection(const ConnectionSettings &settings, const GalileoSecrets &secrets);
    // What is missing to authenticate, or empty.
    QString missingCredentials() const;
    // Reads the list again, then the statuses. Ends in refreshed(); false when busy. A refresh
    // that fails (but is not cancelled) leaves no rows.
    bool refresh();
    // Deletes the named custom integration; ends in removed(). False when busy.
    bool remove(const QString &name);
    void cancel();
    bool isBusy() const;
    // A list was read, and not given up since.
    bool isLoaded() const { return m_loaded; }

    const StoredIntegration &integration(int row) const { return m_rows.at(row).integration; }
    StatusState statusState(int row) const { return m_rows.at(row).state; }
    // The row of the integration with this name and provider, or -1.
    int rowOf(const QString &name, const QString &provider = QStringLiteral("custom")) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void busyChanged(bool busy);
    // The list's answer. A cluster without the list is Unsupported, with its own words.
    void refreshed(const ApiResult &result);
    void removed(const QString &name, const ApiResult &result);
    // Every status asked for has its answer (or its failure).
    void statusesRead();

private:
    struct Row
    {
        StoredIntegration integration;
        StatusState state = StatusState::None;
        QString status; // one line for the cell
        QString detail; // every entry, or the failure and what to do, for the tooltip
    };

    void listed(const ApiResult &result);
    // No rows, and not loaded.
    void clear();
    void readNextStatus();

    GalileoClient *m_client;       // the list, and deleting
    GalileoClient *m_statusClient; // the statuses, while the list stays usable
    QList<Row> m_rows;
    int m_generation = 0; // answers about an older list are dropped
    bool m_loaded = false;
};
