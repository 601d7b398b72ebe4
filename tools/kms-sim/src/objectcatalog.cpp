#include "objectcatalog.h"

#include <QFile>

namespace kmssim {

namespace {

using Kind = TypeInfo::Kind;
using Param = TypeInfo::Param;
using Ref = TypeInfo::Param::Ref;

const std::set<std::string> MediaObjectEvents = {"Error"};
const std::set<std::string> MediaElementEvents = {"Error",
                                                  "ElementConnected",
                                                  "ElementDisconnected",
                                                  "MediaFlowOutStateChanged",
                                                  "MediaFlowInStateChanged",
                                                  "MediaTranscodingStateChanged"};

std::set<std::string> withEvents(std::set<std::string> base, std::initializer_list<const char *> extra)
{
    for (const char *e : extra)
        base.insert(e);
    return base;
}

std::vector<std::string> qualified(std::initializer_list<const char *> names)
{
    std::vector<std::string> out;
    for (const char *n : names)
        out.push_back(std::string("kurento.") + n);
    return out;
}

const Param MediaPipelineParam{"mediaPipeline", Ref::MediaPipeline};

} // namespace

const ObjectCatalog &ObjectCatalog::instance()
{
    static const ObjectCatalog catalog;
    return catalog;
}

ObjectCatalog::ObjectCatalog()
{
    const auto rtpEvents = withEvents(MediaElementEvents, {"MediaSessionTerminated", "MediaSessionStarted",
                                                           "MediaStateChanged", "ConnectionStateChanged"});
    const auto rtpHierarchy = qualified(
        {"BaseRtpEndpoint", "SdpEndpoint", "SessionEndpoint", "Endpoint", "MediaElement", "MediaObject"});
    const auto uriHierarchy = qualified({"UriEndpoint", "Endpoint", "MediaElement", "MediaObject"});
    const auto uriEvents = withEvents(MediaElementEvents, {"UriEndpointStateChanged"});
    const auto hubHierarchy = qualified({"Hub", "MediaObject"});
    const auto filterHierarchy = qualified({"Filter", "MediaElement", "MediaObject"});
    const auto elementHierarchy = qualified({"MediaElement", "MediaObject"});

    // The ServerManager must stay first (serverManager()).
    m_types = {
        {"ServerManager",
         "core",
         Kind::ServerManager,
         qualified({"MediaObject"}),
         {},
         withEvents(MediaObjectEvents, {"ObjectCreated", "ObjectDestroyed"}),
         false},
        {"MediaPipeline",
         "core",
         Kind::MediaPipeline,
         qualified({"MediaObject"}),
         {},
         MediaObjectEvents,
         false},
        {"HubPort", "core", Kind::Element, elementHierarchy, {{"hub", Ref::Hub}}, MediaElementEvents, false},
        {"PassThrough",
         "core",
         Kind::Element,
         elementHierarchy,
         {MediaPipelineParam},
         MediaElementEvents,
         false},
        {"AlphaBlending",
         "elements",
         Kind::Hub,
         hubHierarchy,
         {MediaPipelineParam},
         MediaObjectEvents,
         false},
        {"Composite", "elements", Kind::Hub, hubHierarchy, {MediaPipelineParam}, MediaObjectEvents, false},
        {"Dispatcher", "elements", Kind::Hub, hubHierarchy, {MediaPipelineParam}, MediaObjectEvents, false},
        {"DispatcherOneToMany",
         "elements",
         Kind::Hub,
         hubHierarchy,
         {MediaPipelineParam},
         MediaObjectEvents,
         false},
        {"HttpPostEndpoint",
         "elements",
         Kind::Element,
         qualified({"HttpEndpoint", "SessionEndpoint", "Endpoint", "MediaElement", "MediaObject"}),
         {MediaPipelineParam},
         withEvents(MediaElementEvents, {"MediaSessionTerminated", "MediaSessionStarted", "EndOfStream"}),
         false},
        {"Mixer", "elements", Kind::Hub, hubHierarchy, {MediaPipelineParam}, MediaObjectEvents, false},
        {"PlayerEndpoint",
         "elements",
         Kind::Element,
         uriHierarchy,
         {MediaPipelineParam, {"uri"}},
         withEvents(uriEvents, {"EndOfStream"}),
         true},
        {"RecorderEndpoint",
         "elements",
         Kind::Element,
         uriHierarchy,
         {MediaPipelineParam, {"uri"}},
         withEvents(uriEvents, {"Recording", "Paused", "Stopped"}),
         true},
        {"RtpEndpoint", "elements", Kind::Element, rtpHierarchy, {MediaPipelineParam}, rtpEvents, false},
        {"WebRtcEndpoint",
         "elements",
         Kind::Element,
         rtpHierarchy,
         {MediaPipelineParam},
         withEvents(rtpEvents, {"IceCandidateFound", "IceGatheringDone", "IceComponentStateChanged",
                                "NewCandidatePairSelected", "DataChannelOpened", "DataChannelClosed"}),
         false},
        {"FaceOverlayFilter",
         "filters",
         Kind::Element,
         filterHierarchy,
         {MediaPipelineParam},
         MediaElementEvents,
         false},
        {"GStreamerFilter",
         "filters",
         Kind::Element,
         filterHierarchy,
         {MediaPipelineParam, {"command"}},
         MediaElementEvents,
         false},
        {"ImageOverlayFilter",
         "filters",
         Kind::Element,
         filterHierarchy,
         {MediaPipelineParam},
         MediaElementEvents,
         false},
        {"ZBarFilter",
         "filters",
         Kind::Element,
         filterHierarchy,
         {MediaPipelineParam},
         withEvents(MediaElementEvents, {"CodeFound"}),
         false},
    };
}

const TypeInfo *ObjectCatalog::factory(const std::string &name) const
{
    const std::string bare = name.rfind("kurento.", 0) == 0 ? name.substr(8) : name;
    for (const TypeInfo &type : m_types) {
        if (type.name == bare && type.kind != Kind::ServerManager)
            return &type;
    }
    return nullptr;
}

JsonValue ObjectCatalog::moduleInfos(const std::string &version) const
{
    JsonValue modules = JsonValue::array();
    for (const char *module : {"core", "elements", "filters"}) {
        std::set<std::string> names; // KMS lists factories from a std::map, so sorted
        for (const TypeInfo &type : m_types) {
            if (type.module == module && type.kind != Kind::ServerManager)
                names.insert(type.name);
        }
        JsonValue factories = JsonValue::array();
        for (const std::string &name : names)
            factories.append(name);
        JsonValue info;
        info.set("__module__", "kurento");
        info.set("__type__", "ModuleInfo");
        info.set("factories", std::move(factories));
        info.set("generationTime", generationTime());
        info.set("name", module);
        info.set("version", version);
        modules.append(std::move(info));
    }
    return modules;
}

std::optional<std::string> ObjectCatalog::kmd(const std::string &moduleName, const std::string &version) const
{
    const std::string quotedVersion = "\"" + version + "\"";
    if (moduleName == "core") {
        QFile file(QStringLiteral(":/kmssim/core.kmd.json"));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        // The captured descriptor says 7.3.0 in its five version fields; report ours instead.
        QByteArray text = file.readAll();
        text.replace("\"7.3.0\"", QByteArray::fromStdString(quotedVersion));
        return text.toStdString();
    }
    if (moduleName != "elements" && moduleName != "filters")
        return std::nullopt;
    // Not captured: a shortened descriptor (well under 1 KB) with the real header fields and the
    // class names. KMS 7.3.0's real descriptors are about 71 KB (elements) and 8.7 KB (filters),
    // which matters for clients' message size limits; their content is not invented here.
    std::string classes;
    for (const TypeInfo &type : m_types) {
        if (type.module != moduleName)
            continue;
        if (!classes.empty())
            classes += ",";
        classes +=
            "{\"name\": \"" + type.name + "\",\"extends\": \"" + type.hierarchy.front().substr(8) + "\"}";
    }
    return "{\"name\": \"" + moduleName + "\",\"version\": " + quotedVersion +
           ",\"kurentoVersion\": " + quotedVersion +
           ",\"imports\": [{\"name\": \"core\",\"version\": " + quotedVersion + "}],\"remoteClasses\": [" +
           classes + "]}";
}

std::string ObjectCatalog::generationTime()
{
    // KMS puts the C __DATE__ " " __TIME__ of the module build here.
    return __DATE__ " " __TIME__;
}

} // namespace kmssim
