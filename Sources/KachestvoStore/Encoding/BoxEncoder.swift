/// An `Encoder` writing into an `EncodingBox`; also its own single-value container.
struct BoxEncoder: Encoder, SingleValueEncodingContainer {
    let box: EncodingBox
    let path: CodingPathNode
    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = box.content {} else { box.content = .object([]) }
        return KeyedEncodingContainer(BoxKeyedContainer<Key>(box: box, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = box.content {} else { box.content = .array([]) }
        return BoxUnkeyedContainer(box: box, path: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() { box.content = .single(.null) }
    func encode<T: Encodable>(_ value: T) throws { box.content = .single(try EncodingSlot.make(value, path: path).finished) }
}

/// Object members of a `BoxEncoder`.
struct BoxKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: EncodingBox
    let path: CodingPathNode
    var codingPath: [any CodingKey] { path.keys }

    func encodeNil(forKey key: Key) { box.setMember(key.stringValue, .value(.null)) }
    func encode(_ value: String, forKey key: Key) { box.setMember(key.stringValue, .value(.string(value))) }
    func encode(_ value: Int, forKey key: Key) { box.setMember(key.stringValue, .value(.integer(value))) }
    func encode(_ value: Bool, forKey key: Key) { box.setMember(key.stringValue, .value(.bool(value))) }
    func encode(_ value: Double, forKey key: Key) throws {
        box.setMember(key.stringValue, .value(try EncodingSlot.double(value, path: path.appending(key))))
    }

    func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.setMember(key.stringValue, try EncodingSlot.make(value, path: path.appending(key)))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        nestedEncoder(key).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { nestedEncoder(key).unkeyedContainer() }
    func superEncoder() -> any Encoder { nestedEncoder(Key(stringValue: "super")!) }
    func superEncoder(forKey key: Key) -> any Encoder { nestedEncoder(key) }

    private func nestedEncoder(_ key: Key) -> BoxEncoder {
        let child = EncodingBox()
        box.setMember(key.stringValue, .pending(child))
        return BoxEncoder(box: child, path: path.appending(key))
    }
}

/// Array elements of a `BoxEncoder`.
struct BoxUnkeyedContainer: UnkeyedEncodingContainer {
    let box: EncodingBox
    let path: CodingPathNode
    var codingPath: [any CodingKey] { path.keys }
    var count: Int { box.elementCount }

    func encodeNil() { box.append(.value(.null)) }

    func encode<T: Encodable>(_ value: T) throws {
        box.append(try EncodingSlot.make(value, path: path.appending(IndexKey(count))))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        nestedEncoder().container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { nestedEncoder().unkeyedContainer() }
    func superEncoder() -> any Encoder { nestedEncoder() }

    private func nestedEncoder() -> BoxEncoder {
        let child = EncodingBox()
        let elementPath = path.appending(IndexKey(count))
        box.append(.pending(child))
        return BoxEncoder(box: child, path: elementPath)
    }
}
