import Foundation

/// What the server says of itself: its models (`/v1/models`), who serves them
/// (`owned_by`, e.g. "vllm"), and its `server` header.
public struct ServerInfo: Sendable {
    public var models: [String]
    public var ownedBy: String?
    public var serverHeader: String?

    public enum Problem: Error, CustomStringConvertible {
        case unreachable(String, String)
        case status(String, Int)
        case notModels(String)

        public var description: String {
            switch self {
            case .unreachable(let url, let why): "cannot reach \(url): \(why)"
            case .status(let url, let status): "\(url) answered HTTP \(status); expected 200 with the model list"
            case .notModels(let url): "\(url) did not answer an OpenAI model list ({\"data\": [{\"id\": …}]}); give --model"
            }
        }
    }

    public static func fetch(_ client: LoadClient, base: String, headers: [(String, String)]) async throws(Problem) -> ServerInfo {
        let url = base + "/models"
        let response: (status: Int, server: String?, body: [UInt8])
        do {
            response = try await client.get(url, headers: headers, timeoutS: 30)
        } catch {
            throw .unreachable(url, String(describing: error))
        }
        guard response.status == 200 else { throw .status(url, response.status) }
        guard let list = try? JSONDecoder().decode(List.self, from: Data(response.body)), !list.data.isEmpty else {
            throw .notModels(url)
        }
        return ServerInfo(models: list.data.map(\.id), ownedBy: list.data.first?.owned_by, serverHeader: response.server)
    }

    private struct List: Decodable {
        struct Entry: Decodable {
            var id: String
            var owned_by: String?
        }
        var data: [Entry]
    }
}
