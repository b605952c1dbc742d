#include "secretstore.h"

#include <QPointer>
#include <QTimer>

#include <memory>

void SecretStore::readAll(const QStringList &keys, std::function<void(QMap<QString, Result>)> done)
{
    auto results = std::make_shared<QMap<QString, Result>>();
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, keys, results, next, done](int index) {
        if (index >= keys.size()) {
            done(*results);
            *next = nullptr; // break the cycle
            return;
        }
        read(keys.at(index), [results, next, keys, index](const Result &result) {
            results->insert(keys.at(index), result);
            (*next)(index + 1);
        });
    };
    QTimer::singleShot(0, this, [next] { (*next)(0); });
}

void SecretStore::writeAll(const QMap<QString, QString> &values, ManyCallback done)
{
    const QStringList keys = values.keys();
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, keys, values, next, done](int index) {
        if (index >= keys.size()) {
            done(Result{}, keys);
            *next = nullptr;
            return;
        }
        write(keys.at(index), values.value(keys.at(index)),
              [next, done, keys, index](const Result &result) {
                  if (!result.ok()) {
                      done(result, keys.mid(0, index));
                      *next = nullptr;
                      return;
                  }
                  (*next)(index + 1);
              });
    };
    QTimer::singleShot(0, this, [next] { (*next)(0); });
}

void SecretStore::removeAll(const QStringList &keys, ManyCallback done)
{
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, keys, next, done](int index) {
        if (index >= keys.size()) {
            done(Result{}, keys);
            *next = nullptr;
            return;
        }
        remove(keys.at(index), [next, done, keys, index](const Result &result) {
            if (!result.ok() && result.status != Status::NotFound) {
                done(result, keys.mid(0, index));
                *next = nullptr;
                return;
            }
            (*next)(index + 1);
        });
    };
    QTimer::singleShot(0, this, [next] { (*next)(0); });
}

SecretStore::Callback SecretStore::settle(Operation operation, const QString &key, Callback done)
{
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, timer, answered, done] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        done(Result{Status::Unavailable,
                    {},
                    tr("%1 did not answer within %2 s")
                        .arg(displayName())
                        .arg(m_timeoutMs / 1000.0, 0, 'g', 3)});
    });
    timer->start(m_timeoutMs);
    const QPointer<QTimer> guard(timer);
    return [this, guard, answered, done, operation, key](const Result &result) {
        if (guard) {
            guard->stop();
            guard->deleteLater();
        }
        if (*answered) {
            emit lateAnswer(operation, key, result);
            return;
        }
        *answered = true;
        done(result);
    };
}

void MemorySecretStore::read(const QString &key, Callback done)
{
    Result result;
    if (m_values.contains(key))
        result.value = m_values.value(key);
    else
        result.status = Status::NotFound;
    QTimer::singleShot(0, this, [done, result] { done(result); });
}

void MemorySecretStore::write(const QString &key, const QString &value, Callback done)
{
    m_values.insert(key, value);
    QTimer::singleShot(0, this, [done] { done(Result{}); });
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    Result result;
    if (m_values.remove(key) == 0)
        result.status = Status::NotFound;
    QTimer::singleShot(0, this, [done, result] { done(result); });
}

QString MemorySecretStore::displayName() const
{
    return tr("this session's memory");
}
