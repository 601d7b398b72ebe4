#pragma once

#include "jsonvalue.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kmssim {

// What KMS knows about one remote class: the facts behind describe, create and subscribe.
struct TypeInfo
{
    enum class Kind { ServerManager, MediaPipeline, Hub, Element };
    // How a constructor parameter is read and what it refers to.
    struct Param
    {
        std::string name;
        enum class Ref { None, MediaPipeline, Hub } ref = Ref::None;
    };

    std::string name;   // "WebRtcEndpoint"
    std::string module; // "core", "elements" or "filters"
    Kind kind = Kind::Element;
    std::vector<std::string> hierarchy; // ancestors, nearest first, qualified
    std::vector<Param> requiredParams;  // in kmd order; the first one names the parent
    std::set<std::string> events;       // including inherited ones
    bool isUriEndpoint = false;

    std::string qualifiedType() const { return "kurento." + name; }
};

// The classes of the stock core, elements and filters modules (KMS 7.3.0) and the module
// descriptors. The core kmd is the one captured from the real server (getKmd, 03-servermanager).
class ObjectCatalog
{
public:
    static const ObjectCatalog &instance();

    const TypeInfo *factory(const std::string &name) const; // also accepts "kurento.<Name>"
    const TypeInfo &serverManager() const { return m_types.front(); }

    // ModuleInfo[] for getInfo, in the order KMS lists them.
    JsonValue moduleInfos(const std::string &version) const;
    std::optional<std::string> kmd(const std::string &moduleName, const std::string &version) const;

    // The module build time KMS reports; the simulator reports its own build time.
    static std::string generationTime();

private:
    ObjectCatalog();
    std::vector<TypeInfo> m_types;
};

} // namespace kmssim
