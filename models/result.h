#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace ucmc {

// An error as a value: a machine-readable code and a translated message for the user.
template<typename Code>
struct Error
{
    Code code{};
    QString message;
};

// Either a value or an error; no exceptions cross our library boundaries.
template<typename T, typename Code>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error<Code> error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error<Code> &error() const { return std::get<Error<Code>>(m_data); }

private:
    std::variant<T, Error<Code>> m_data;
};

} // namespace ucmc
