/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $String = $util.global.String, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["foxglove"] || ($protobuf.roots["foxglove"] = {});

export const foxglove = $root.foxglove = (() => {

    /**
     * Namespace foxglove.
     * @exports foxglove
     * @namespace
     */
    const foxglove = {};

    foxglove.CircleAnnotation = (function() {

        /**
         * Properties of a CircleAnnotation.
         * @typedef {Object} foxglove.CircleAnnotation.$Properties
         * @property {google.protobuf.Timestamp.$Properties|null} [timestamp] CircleAnnotation timestamp
         * @property {foxglove.Point2.$Properties|null} [position] CircleAnnotation position
         * @property {number|null} [diameter] CircleAnnotation diameter
         * @property {number|null} [thickness] CircleAnnotation thickness
         * @property {foxglove.Color.$Properties|null} [fillColor] CircleAnnotation fillColor
         * @property {foxglove.Color.$Properties|null} [outlineColor] CircleAnnotation outlineColor
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CircleAnnotation.
         * @memberof foxglove
         * @interface ICircleAnnotation
         * @augments foxglove.CircleAnnotation.$Properties
         * @deprecated Use foxglove.CircleAnnotation.$Properties instead.
         */

        /**
         * Shape of a CircleAnnotation.
         * @typedef {foxglove.CircleAnnotation.$Properties} foxglove.CircleAnnotation.$Shape
         */

        /**
         * Constructs a new CircleAnnotation.
         * @memberof foxglove
         * @classdesc Represents a CircleAnnotation.
         * @constructor
         * @param {foxglove.CircleAnnotation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CircleAnnotation = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CircleAnnotation timestamp.
         * @member {google.protobuf.Timestamp.$Properties|null|undefined} timestamp
         * @memberof foxglove.CircleAnnotation
         * @instance
         */
        CircleAnnotation.prototype.timestamp = null;

        /**
         * CircleAnnotation position.
         * @member {foxglove.Point2.$Properties|null|undefined} position
         * @memberof foxglove.CircleAnnotation
         * @instance
         */
        CircleAnnotation.prototype.position = null;

        /**
         * CircleAnnotation diameter.
         * @member {number} diameter
         * @memberof foxglove.CircleAnnotation
         * @instance
         */
        CircleAnnotation.prototype.diameter = 0;

        /**
         * CircleAnnotation thickness.
         * @member {number} thickness
         * @memberof foxglove.CircleAnnotation
         * @instance
         */
        CircleAnnotation.prototype.thickness = 0;

        /**
         * CircleAnnotation fillColor.
         * @member {foxglove.Color.$Properties|null|undefined} fillColor
         * @memberof foxglove.CircleAnnotation
         * @instance
         */
        CircleAnnotation.prototype.fillColor = null;

        /**
         * CircleAnnotation outlineColor.
         * @member {foxglove.Color.$Properties|null|undefined} outlineColor
         * @memberof foxglove.CircleAnnotation
         * @instance
         */
        CircleAnnotation.prototype.outlineColor = null;

        /**
         * Creates a new CircleAnnotation instance using the specified properties.
         * @function create
         * @memberof foxglove.CircleAnnotation
         * @static
         * @param {foxglove.CircleAnnotation.$Properties=} [properties] Properties to set
         * @returns {foxglove.CircleAnnotation} CircleAnnotation instance
         * @type {{
         *   (properties: foxglove.CircleAnnotation.$Shape): foxglove.CircleAnnotation & foxglove.CircleAnnotation.$Shape;
         *   (properties?: foxglove.CircleAnnotation.$Properties): foxglove.CircleAnnotation;
         * }}
         */
        CircleAnnotation.create = function(properties) {
            return new CircleAnnotation(properties);
        };

        /**
         * Encodes the specified CircleAnnotation message. Does not implicitly {@link foxglove.CircleAnnotation.verify|verify} messages.
         * @function encode
         * @memberof foxglove.CircleAnnotation
         * @static
         * @param {foxglove.CircleAnnotation.$Properties} message CircleAnnotation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CircleAnnotation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                $root.foxglove.Point2.encode(message.position, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.diameter != null && $Object.hasOwnProperty.call(message, "diameter") && !$Object.is(message.diameter, 0))
                writer.uint32(/* id 3, wireType 1 =*/25).double(message.diameter);
            if (message.thickness != null && $Object.hasOwnProperty.call(message, "thickness") && !$Object.is(message.thickness, 0))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.thickness);
            if (message.fillColor != null && $Object.hasOwnProperty.call(message, "fillColor"))
                $root.foxglove.Color.encode(message.fillColor, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.outlineColor != null && $Object.hasOwnProperty.call(message, "outlineColor"))
                $root.foxglove.Color.encode(message.outlineColor, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified CircleAnnotation message, length delimited. Does not implicitly {@link foxglove.CircleAnnotation.verify|verify} messages.
         * @function encodeDelimited
         * @memberof foxglove.CircleAnnotation
         * @static
         * @param {foxglove.CircleAnnotation.$Properties} message CircleAnnotation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CircleAnnotation.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CircleAnnotation message from the specified reader or buffer.
         * @function decode
         * @memberof foxglove.CircleAnnotation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {foxglove.CircleAnnotation & foxglove.CircleAnnotation.$Shape} CircleAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CircleAnnotation.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.CircleAnnotation();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.position = $root.foxglove.Point2.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.diameter = value;
                        else
                            delete message.diameter;
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.thickness = value;
                        else
                            delete message.thickness;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.fillColor = $root.foxglove.Color.decode(reader, reader.size(), $undefined, _depth + 1, message.fillColor);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.outlineColor = $root.foxglove.Color.decode(reader, reader.size(), $undefined, _depth + 1, message.outlineColor);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a CircleAnnotation message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof foxglove.CircleAnnotation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {foxglove.CircleAnnotation & foxglove.CircleAnnotation.$Shape} CircleAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CircleAnnotation.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CircleAnnotation message.
         * @function verify
         * @memberof foxglove.CircleAnnotation
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CircleAnnotation.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                if (error)
                    return "timestamp." + error;
            }
            if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                let error = $root.foxglove.Point2.verify(message.position, _depth + 1);
                if (error)
                    return "position." + error;
            }
            if (message.diameter != null && $Object.hasOwnProperty.call(message, "diameter"))
                if (typeof message.diameter !== "number")
                    return "diameter: number expected";
            if (message.thickness != null && $Object.hasOwnProperty.call(message, "thickness"))
                if (typeof message.thickness !== "number")
                    return "thickness: number expected";
            if (message.fillColor != null && $Object.hasOwnProperty.call(message, "fillColor")) {
                let error = $root.foxglove.Color.verify(message.fillColor, _depth + 1);
                if (error)
                    return "fillColor." + error;
            }
            if (message.outlineColor != null && $Object.hasOwnProperty.call(message, "outlineColor")) {
                let error = $root.foxglove.Color.verify(message.outlineColor, _depth + 1);
                if (error)
                    return "outlineColor." + error;
            }
            return null;
        };

        /**
         * Creates a CircleAnnotation message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof foxglove.CircleAnnotation
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {foxglove.CircleAnnotation} CircleAnnotation
         */
        CircleAnnotation.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.CircleAnnotation)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.CircleAnnotation: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.CircleAnnotation();
            if (object.timestamp != null) {
                if (!$util.isObject(object.timestamp))
                    throw $TypeError(".foxglove.CircleAnnotation.timestamp: object expected");
                message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
            }
            if (object.position != null) {
                if (!$util.isObject(object.position))
                    throw $TypeError(".foxglove.CircleAnnotation.position: object expected");
                message.position = $root.foxglove.Point2.fromObject(object.position, _depth + 1);
            }
            if (object.diameter != null)
                if (!$Object.is($Number(object.diameter), 0))
                    message.diameter = $Number(object.diameter);
            if (object.thickness != null)
                if (!$Object.is($Number(object.thickness), 0))
                    message.thickness = $Number(object.thickness);
            if (object.fillColor != null) {
                if (!$util.isObject(object.fillColor))
                    throw $TypeError(".foxglove.CircleAnnotation.fillColor: object expected");
                message.fillColor = $root.foxglove.Color.fromObject(object.fillColor, _depth + 1);
            }
            if (object.outlineColor != null) {
                if (!$util.isObject(object.outlineColor))
                    throw $TypeError(".foxglove.CircleAnnotation.outlineColor: object expected");
                message.outlineColor = $root.foxglove.Color.fromObject(object.outlineColor, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a CircleAnnotation message. Also converts values to other types if specified.
         * @function toObject
         * @memberof foxglove.CircleAnnotation
         * @static
         * @param {foxglove.CircleAnnotation} message CircleAnnotation
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CircleAnnotation.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.timestamp = null;
                object.position = null;
                object.diameter = 0;
                object.thickness = 0;
                object.fillColor = null;
                object.outlineColor = null;
            }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
            if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                object.position = $root.foxglove.Point2.toObject(message.position, options, _depth + 1);
            if (message.diameter != null && $Object.hasOwnProperty.call(message, "diameter"))
                object.diameter = options.json && !$isFinite(message.diameter) ? $String(message.diameter) : message.diameter;
            if (message.thickness != null && $Object.hasOwnProperty.call(message, "thickness"))
                object.thickness = options.json && !$isFinite(message.thickness) ? $String(message.thickness) : message.thickness;
            if (message.fillColor != null && $Object.hasOwnProperty.call(message, "fillColor"))
                object.fillColor = $root.foxglove.Color.toObject(message.fillColor, options, _depth + 1);
            if (message.outlineColor != null && $Object.hasOwnProperty.call(message, "outlineColor"))
                object.outlineColor = $root.foxglove.Color.toObject(message.outlineColor, options, _depth + 1);
            return object;
        };

        /**
         * Converts this CircleAnnotation to JSON.
         * @function toJSON
         * @memberof foxglove.CircleAnnotation
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CircleAnnotation.prototype.toJSON = function() {
            return CircleAnnotation.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CircleAnnotation
         * @function getTypeUrl
         * @memberof foxglove.CircleAnnotation
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CircleAnnotation.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/foxglove.CircleAnnotation";
        };

        return CircleAnnotation;
    })();

    foxglove.Color = (function() {

        /**
         * Properties of a Color.
         * @typedef {Object} foxglove.Color.$Properties
         * @property {number|null} [r] Color r
         * @property {number|null} [g] Color g
         * @property {number|null} [b] Color b
         * @property {number|null} [a] Color a
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Color.
         * @memberof foxglove
         * @interface IColor
         * @augments foxglove.Color.$Properties
         * @deprecated Use foxglove.Color.$Properties instead.
         */

        /**
         * Shape of a Color.
         * @typedef {foxglove.Color.$Properties} foxglove.Color.$Shape
         */

        /**
         * Constructs a new Color.
         * @memberof foxglove
         * @classdesc Represents a Color.
         * @constructor
         * @param {foxglove.Color.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Color = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Color r.
         * @member {number} r
         * @memberof foxglove.Color
         * @instance
         */
        Color.prototype.r = 0;

        /**
         * Color g.
         * @member {number} g
         * @memberof foxglove.Color
         * @instance
         */
        Color.prototype.g = 0;

        /**
         * Color b.
         * @member {number} b
         * @memberof foxglove.Color
         * @instance
         */
        Color.prototype.b = 0;

        /**
         * Color a.
         * @member {number} a
         * @memberof foxglove.Color
         * @instance
         */
        Color.prototype.a = 0;

        /**
         * Creates a new Color instance using the specified properties.
         * @function create
         * @memberof foxglove.Color
         * @static
         * @param {foxglove.Color.$Properties=} [properties] Properties to set
         * @returns {foxglove.Color} Color instance
         * @type {{
         *   (properties: foxglove.Color.$Shape): foxglove.Color & foxglove.Color.$Shape;
         *   (properties?: foxglove.Color.$Properties): foxglove.Color;
         * }}
         */
        Color.create = function(properties) {
            return new Color(properties);
        };

        /**
         * Encodes the specified Color message. Does not implicitly {@link foxglove.Color.verify|verify} messages.
         * @function encode
         * @memberof foxglove.Color
         * @static
         * @param {foxglove.Color.$Properties} message Color message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Color.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.r != null && $Object.hasOwnProperty.call(message, "r") && !$Object.is(message.r, 0))
                writer.uint32(/* id 1, wireType 1 =*/9).double(message.r);
            if (message.g != null && $Object.hasOwnProperty.call(message, "g") && !$Object.is(message.g, 0))
                writer.uint32(/* id 2, wireType 1 =*/17).double(message.g);
            if (message.b != null && $Object.hasOwnProperty.call(message, "b") && !$Object.is(message.b, 0))
                writer.uint32(/* id 3, wireType 1 =*/25).double(message.b);
            if (message.a != null && $Object.hasOwnProperty.call(message, "a") && !$Object.is(message.a, 0))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.a);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Color message, length delimited. Does not implicitly {@link foxglove.Color.verify|verify} messages.
         * @function encodeDelimited
         * @memberof foxglove.Color
         * @static
         * @param {foxglove.Color.$Properties} message Color message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Color.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Color message from the specified reader or buffer.
         * @function decode
         * @memberof foxglove.Color
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {foxglove.Color & foxglove.Color.$Shape} Color
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Color.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.Color();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.r = value;
                        else
                            delete message.r;
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.g = value;
                        else
                            delete message.g;
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.b = value;
                        else
                            delete message.b;
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.a = value;
                        else
                            delete message.a;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Color message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof foxglove.Color
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {foxglove.Color & foxglove.Color.$Shape} Color
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Color.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Color message.
         * @function verify
         * @memberof foxglove.Color
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Color.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.r != null && $Object.hasOwnProperty.call(message, "r"))
                if (typeof message.r !== "number")
                    return "r: number expected";
            if (message.g != null && $Object.hasOwnProperty.call(message, "g"))
                if (typeof message.g !== "number")
                    return "g: number expected";
            if (message.b != null && $Object.hasOwnProperty.call(message, "b"))
                if (typeof message.b !== "number")
                    return "b: number expected";
            if (message.a != null && $Object.hasOwnProperty.call(message, "a"))
                if (typeof message.a !== "number")
                    return "a: number expected";
            return null;
        };

        /**
         * Creates a Color message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof foxglove.Color
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {foxglove.Color} Color
         */
        Color.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.Color)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.Color: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.Color();
            if (object.r != null)
                if (!$Object.is($Number(object.r), 0))
                    message.r = $Number(object.r);
            if (object.g != null)
                if (!$Object.is($Number(object.g), 0))
                    message.g = $Number(object.g);
            if (object.b != null)
                if (!$Object.is($Number(object.b), 0))
                    message.b = $Number(object.b);
            if (object.a != null)
                if (!$Object.is($Number(object.a), 0))
                    message.a = $Number(object.a);
            return message;
        };

        /**
         * Creates a plain object from a Color message. Also converts values to other types if specified.
         * @function toObject
         * @memberof foxglove.Color
         * @static
         * @param {foxglove.Color} message Color
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Color.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.r = 0;
                object.g = 0;
                object.b = 0;
                object.a = 0;
            }
            if (message.r != null && $Object.hasOwnProperty.call(message, "r"))
                object.r = options.json && !$isFinite(message.r) ? $String(message.r) : message.r;
            if (message.g != null && $Object.hasOwnProperty.call(message, "g"))
                object.g = options.json && !$isFinite(message.g) ? $String(message.g) : message.g;
            if (message.b != null && $Object.hasOwnProperty.call(message, "b"))
                object.b = options.json && !$isFinite(message.b) ? $String(message.b) : message.b;
            if (message.a != null && $Object.hasOwnProperty.call(message, "a"))
                object.a = options.json && !$isFinite(message.a) ? $String(message.a) : message.a;
            return object;
        };

        /**
         * Converts this Color to JSON.
         * @function toJSON
         * @memberof foxglove.Color
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Color.prototype.toJSON = function() {
            return Color.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Color
         * @function getTypeUrl
         * @memberof foxglove.Color
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Color.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/foxglove.Color";
        };

        return Color;
    })();

    foxglove.Point2 = (function() {

        /**
         * Properties of a Point2.
         * @typedef {Object} foxglove.Point2.$Properties
         * @property {number|null} [x] Point2 x
         * @property {number|null} [y] Point2 y
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Point2.
         * @memberof foxglove
         * @interface IPoint2
         * @augments foxglove.Point2.$Properties
         * @deprecated Use foxglove.Point2.$Properties instead.
         */

        /**
         * Shape of a Point2.
         * @typedef {foxglove.Point2.$Properties} foxglove.Point2.$Shape
         */

        /**
         * Constructs a new Point2.
         * @memberof foxglove
         * @classdesc Represents a Point2.
         * @constructor
         * @param {foxglove.Point2.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Point2 = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Point2 x.
         * @member {number} x
         * @memberof foxglove.Point2
         * @instance
         */
        Point2.prototype.x = 0;

        /**
         * Point2 y.
         * @member {number} y
         * @memberof foxglove.Point2
         * @instance
         */
        Point2.prototype.y = 0;

        /**
         * Creates a new Point2 instance using the specified properties.
         * @function create
         * @memberof foxglove.Point2
         * @static
         * @param {foxglove.Point2.$Properties=} [properties] Properties to set
         * @returns {foxglove.Point2} Point2 instance
         * @type {{
         *   (properties: foxglove.Point2.$Shape): foxglove.Point2 & foxglove.Point2.$Shape;
         *   (properties?: foxglove.Point2.$Properties): foxglove.Point2;
         * }}
         */
        Point2.create = function(properties) {
            return new Point2(properties);
        };

        /**
         * Encodes the specified Point2 message. Does not implicitly {@link foxglove.Point2.verify|verify} messages.
         * @function encode
         * @memberof foxglove.Point2
         * @static
         * @param {foxglove.Point2.$Properties} message Point2 message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Point2.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.x != null && $Object.hasOwnProperty.call(message, "x") && !$Object.is(message.x, 0))
                writer.uint32(/* id 1, wireType 1 =*/9).double(message.x);
            if (message.y != null && $Object.hasOwnProperty.call(message, "y") && !$Object.is(message.y, 0))
                writer.uint32(/* id 2, wireType 1 =*/17).double(message.y);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Point2 message, length delimited. Does not implicitly {@link foxglove.Point2.verify|verify} messages.
         * @function encodeDelimited
         * @memberof foxglove.Point2
         * @static
         * @param {foxglove.Point2.$Properties} message Point2 message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Point2.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Point2 message from the specified reader or buffer.
         * @function decode
         * @memberof foxglove.Point2
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {foxglove.Point2 & foxglove.Point2.$Shape} Point2
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Point2.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.Point2();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.x = value;
                        else
                            delete message.x;
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.y = value;
                        else
                            delete message.y;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Point2 message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof foxglove.Point2
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {foxglove.Point2 & foxglove.Point2.$Shape} Point2
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Point2.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Point2 message.
         * @function verify
         * @memberof foxglove.Point2
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Point2.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                if (typeof message.x !== "number")
                    return "x: number expected";
            if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                if (typeof message.y !== "number")
                    return "y: number expected";
            return null;
        };

        /**
         * Creates a Point2 message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof foxglove.Point2
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {foxglove.Point2} Point2
         */
        Point2.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.Point2)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.Point2: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.Point2();
            if (object.x != null)
                if (!$Object.is($Number(object.x), 0))
                    message.x = $Number(object.x);
            if (object.y != null)
                if (!$Object.is($Number(object.y), 0))
                    message.y = $Number(object.y);
            return message;
        };

        /**
         * Creates a plain object from a Point2 message. Also converts values to other types if specified.
         * @function toObject
         * @memberof foxglove.Point2
         * @static
         * @param {foxglove.Point2} message Point2
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Point2.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.x = 0;
                object.y = 0;
            }
            if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
            if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
            return object;
        };

        /**
         * Converts this Point2 to JSON.
         * @function toJSON
         * @memberof foxglove.Point2
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Point2.prototype.toJSON = function() {
            return Point2.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Point2
         * @function getTypeUrl
         * @memberof foxglove.Point2
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Point2.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/foxglove.Point2";
        };

        return Point2;
    })();

    foxglove.CompressedImage = (function() {

        /**
         * Properties of a CompressedImage.
         * @typedef {Object} foxglove.CompressedImage.$Properties
         * @property {google.protobuf.Timestamp.$Properties|null} [timestamp] CompressedImage timestamp
         * @property {string|null} [frameId] CompressedImage frameId
         * @property {Uint8Array|null} [data] CompressedImage data
         * @property {string|null} [format] CompressedImage format
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CompressedImage.
         * @memberof foxglove
         * @interface ICompressedImage
         * @augments foxglove.CompressedImage.$Properties
         * @deprecated Use foxglove.CompressedImage.$Properties instead.
         */

        /**
         * Shape of a CompressedImage.
         * @typedef {foxglove.CompressedImage.$Properties} foxglove.CompressedImage.$Shape
         */

        /**
         * Constructs a new CompressedImage.
         * @memberof foxglove
         * @classdesc Represents a CompressedImage.
         * @constructor
         * @param {foxglove.CompressedImage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CompressedImage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CompressedImage timestamp.
         * @member {google.protobuf.Timestamp.$Properties|null|undefined} timestamp
         * @memberof foxglove.CompressedImage
         * @instance
         */
        CompressedImage.prototype.timestamp = null;

        /**
         * CompressedImage frameId.
         * @member {string} frameId
         * @memberof foxglove.CompressedImage
         * @instance
         */
        CompressedImage.prototype.frameId = "";

        /**
         * CompressedImage data.
         * @member {Uint8Array} data
         * @memberof foxglove.CompressedImage
         * @instance
         */
        CompressedImage.prototype.data = $util.newBuffer([]);

        /**
         * CompressedImage format.
         * @member {string} format
         * @memberof foxglove.CompressedImage
         * @instance
         */
        CompressedImage.prototype.format = "";

        /**
         * Creates a new CompressedImage instance using the specified properties.
         * @function create
         * @memberof foxglove.CompressedImage
         * @static
         * @param {foxglove.CompressedImage.$Properties=} [properties] Properties to set
         * @returns {foxglove.CompressedImage} CompressedImage instance
         * @type {{
         *   (properties: foxglove.CompressedImage.$Shape): foxglove.CompressedImage & foxglove.CompressedImage.$Shape;
         *   (properties?: foxglove.CompressedImage.$Properties): foxglove.CompressedImage;
         * }}
         */
        CompressedImage.create = function(properties) {
            return new CompressedImage(properties);
        };

        /**
         * Encodes the specified CompressedImage message. Does not implicitly {@link foxglove.CompressedImage.verify|verify} messages.
         * @function encode
         * @memberof foxglove.CompressedImage
         * @static
         * @param {foxglove.CompressedImage.$Properties} message CompressedImage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CompressedImage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
            if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.format);
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId") && message.frameId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.frameId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified CompressedImage message, length delimited. Does not implicitly {@link foxglove.CompressedImage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof foxglove.CompressedImage
         * @static
         * @param {foxglove.CompressedImage.$Properties} message CompressedImage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CompressedImage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CompressedImage message from the specified reader or buffer.
         * @function decode
         * @memberof foxglove.CompressedImage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {foxglove.CompressedImage & foxglove.CompressedImage.$Shape} CompressedImage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CompressedImage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.CompressedImage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.frameId = value;
                        else
                            delete message.frameId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.format = value;
                        else
                            delete message.format;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a CompressedImage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof foxglove.CompressedImage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {foxglove.CompressedImage & foxglove.CompressedImage.$Shape} CompressedImage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CompressedImage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CompressedImage message.
         * @function verify
         * @memberof foxglove.CompressedImage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CompressedImage.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                if (error)
                    return "timestamp." + error;
            }
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId"))
                if (!$util.isString(message.frameId))
                    return "frameId: string expected";
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                    return "data: buffer expected";
            if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                if (!$util.isString(message.format))
                    return "format: string expected";
            return null;
        };

        /**
         * Creates a CompressedImage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof foxglove.CompressedImage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {foxglove.CompressedImage} CompressedImage
         */
        CompressedImage.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.CompressedImage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.CompressedImage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.CompressedImage();
            if (object.timestamp != null) {
                if (!$util.isObject(object.timestamp))
                    throw $TypeError(".foxglove.CompressedImage.timestamp: object expected");
                message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
            }
            if (object.frameId != null)
                if (typeof object.frameId !== "string" || object.frameId.length)
                    message.frameId = $String(object.frameId);
            if (object.data != null)
                if (object.data.length)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
            if (object.format != null)
                if (typeof object.format !== "string" || object.format.length)
                    message.format = $String(object.format);
            return message;
        };

        /**
         * Creates a plain object from a CompressedImage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof foxglove.CompressedImage
         * @static
         * @param {foxglove.CompressedImage} message CompressedImage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CompressedImage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.timestamp = null;
                if (options.bytes === $String)
                    object.data = "";
                else {
                    object.data = [];
                    if (options.bytes !== $Array)
                        object.data = $util.newBuffer(object.data);
                }
                object.format = "";
                object.frameId = "";
            }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
            if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                object.format = message.format;
            if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId"))
                object.frameId = message.frameId;
            return object;
        };

        /**
         * Converts this CompressedImage to JSON.
         * @function toJSON
         * @memberof foxglove.CompressedImage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CompressedImage.prototype.toJSON = function() {
            return CompressedImage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CompressedImage
         * @function getTypeUrl
         * @memberof foxglove.CompressedImage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CompressedImage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/foxglove.CompressedImage";
        };

        return CompressedImage;
    })();

    foxglove.ImageAnnotations = (function() {

        /**
         * Properties of an ImageAnnotations.
         * @typedef {Object} foxglove.ImageAnnotations.$Properties
         * @property {Array.<foxglove.CircleAnnotation.$Properties>|null} [circles] ImageAnnotations circles
         * @property {Array.<foxglove.PointsAnnotation.$Properties>|null} [points] ImageAnnotations points
         * @property {Array.<foxglove.TextAnnotation.$Properties>|null} [texts] ImageAnnotations texts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ImageAnnotations.
         * @memberof foxglove
         * @interface IImageAnnotations
         * @augments foxglove.ImageAnnotations.$Properties
         * @deprecated Use foxglove.ImageAnnotations.$Properties instead.
         */

        /**
         * Shape of an ImageAnnotations.
         * @typedef {foxglove.ImageAnnotations.$Properties} foxglove.ImageAnnotations.$Shape
         */

        /**
         * Constructs a new ImageAnnotations.
         * @memberof foxglove
         * @classdesc Represents an ImageAnnotations.
         * @constructor
         * @param {foxglove.ImageAnnotations.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ImageAnnotations = function (properties) {
            this.circles = [];
            this.points = [];
            this.texts = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ImageAnnotations circles.
         * @member {Array.<foxglove.CircleAnnotation.$Properties>} circles
         * @memberof foxglove.ImageAnnotations
         * @instance
         */
        ImageAnnotations.prototype.circles = $util.emptyArray;

        /**
         * ImageAnnotations points.
         * @member {Array.<foxglove.PointsAnnotation.$Properties>} points
         * @memberof foxglove.ImageAnnotations
         * @instance
         */
        ImageAnnotations.prototype.points = $util.emptyArray;

        /**
         * ImageAnnotations texts.
         * @member {Array.<foxglove.TextAnnotation.$Properties>} texts
         * @memberof foxglove.ImageAnnotations
         * @instance
         */
        ImageAnnotations.prototype.texts = $util.emptyArray;

        /**
         * Creates a new ImageAnnotations instance using the specified properties.
         * @function create
         * @memberof foxglove.ImageAnnotations
         * @static
         * @param {foxglove.ImageAnnotations.$Properties=} [properties] Properties to set
         * @returns {foxglove.ImageAnnotations} ImageAnnotations instance
         * @type {{
         *   (properties: foxglove.ImageAnnotations.$Shape): foxglove.ImageAnnotations & foxglove.ImageAnnotations.$Shape;
         *   (properties?: foxglove.ImageAnnotations.$Properties): foxglove.ImageAnnotations;
         * }}
         */
        ImageAnnotations.create = function(properties) {
            return new ImageAnnotations(properties);
        };

        /**
         * Encodes the specified ImageAnnotations message. Does not implicitly {@link foxglove.ImageAnnotations.verify|verify} messages.
         * @function encode
         * @memberof foxglove.ImageAnnotations
         * @static
         * @param {foxglove.ImageAnnotations.$Properties} message ImageAnnotations message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ImageAnnotations.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.circles != null && message.circles.length)
                for (let i = 0; i < message.circles.length; ++i)
                    $root.foxglove.CircleAnnotation.encode(message.circles[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.points != null && message.points.length)
                for (let i = 0; i < message.points.length; ++i)
                    $root.foxglove.PointsAnnotation.encode(message.points[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.texts != null && message.texts.length)
                for (let i = 0; i < message.texts.length; ++i)
                    $root.foxglove.TextAnnotation.encode(message.texts[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ImageAnnotations message, length delimited. Does not implicitly {@link foxglove.ImageAnnotations.verify|verify} messages.
         * @function encodeDelimited
         * @memberof foxglove.ImageAnnotations
         * @static
         * @param {foxglove.ImageAnnotations.$Properties} message ImageAnnotations message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ImageAnnotations.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ImageAnnotations message from the specified reader or buffer.
         * @function decode
         * @memberof foxglove.ImageAnnotations
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {foxglove.ImageAnnotations & foxglove.ImageAnnotations.$Shape} ImageAnnotations
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ImageAnnotations.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.ImageAnnotations();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.circles && message.circles.length))
                            message.circles = [];
                        message.circles.push($root.foxglove.CircleAnnotation.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.points && message.points.length))
                            message.points = [];
                        message.points.push($root.foxglove.PointsAnnotation.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.texts && message.texts.length))
                            message.texts = [];
                        message.texts.push($root.foxglove.TextAnnotation.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an ImageAnnotations message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof foxglove.ImageAnnotations
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {foxglove.ImageAnnotations & foxglove.ImageAnnotations.$Shape} ImageAnnotations
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ImageAnnotations.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ImageAnnotations message.
         * @function verify
         * @memberof foxglove.ImageAnnotations
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ImageAnnotations.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.circles != null && $Object.hasOwnProperty.call(message, "circles")) {
                if (!$Array.isArray(message.circles))
                    return "circles: array expected";
                for (let i = 0; i < message.circles.length; ++i) {
                    let error = $root.foxglove.CircleAnnotation.verify(message.circles[i], _depth + 1);
                    if (error)
                        return "circles." + error;
                }
            }
            if (message.points != null && $Object.hasOwnProperty.call(message, "points")) {
                if (!$Array.isArray(message.points))
                    return "points: array expected";
                for (let i = 0; i < message.points.length; ++i) {
                    let error = $root.foxglove.PointsAnnotation.verify(message.points[i], _depth + 1);
                    if (error)
                        return "points." + error;
                }
            }
            if (message.texts != null && $Object.hasOwnProperty.call(message, "texts")) {
                if (!$Array.isArray(message.texts))
                    return "texts: array expected";
                for (let i = 0; i < message.texts.length; ++i) {
                    let error = $root.foxglove.TextAnnotation.verify(message.texts[i], _depth + 1);
                    if (error)
                        return "texts." + error;
                }
            }
            return null;
        };

        /**
         * Creates an ImageAnnotations message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof foxglove.ImageAnnotations
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {foxglove.ImageAnnotations} ImageAnnotations
         */
        ImageAnnotations.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.ImageAnnotations)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.ImageAnnotations: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.ImageAnnotations();
            if (object.circles) {
                if (!$Array.isArray(object.circles))
                    throw $TypeError(".foxglove.ImageAnnotations.circles: array expected");
                message.circles = $Array(object.circles.length);
                for (let i = 0; i < object.circles.length; ++i) {
                    if (!$util.isObject(object.circles[i]))
                        throw $TypeError(".foxglove.ImageAnnotations.circles: object expected");
                    message.circles[i] = $root.foxglove.CircleAnnotation.fromObject(object.circles[i], _depth + 1);
                }
            }
            if (object.points) {
                if (!$Array.isArray(object.points))
                    throw $TypeError(".foxglove.ImageAnnotations.points: array expected");
                message.points = $Array(object.points.length);
                for (let i = 0; i < object.points.length; ++i) {
                    if (!$util.isObject(object.points[i]))
                        throw $TypeError(".foxglove.ImageAnnotations.points: object expected");
                    message.points[i] = $root.foxglove.PointsAnnotation.fromObject(object.points[i], _depth + 1);
                }
            }
            if (object.texts) {
                if (!$Array.isArray(object.texts))
                    throw $TypeError(".foxglove.ImageAnnotations.texts: array expected");
                message.texts = $Array(object.texts.length);
                for (let i = 0; i < object.texts.length; ++i) {
                    if (!$util.isObject(object.texts[i]))
                        throw $TypeError(".foxglove.ImageAnnotations.texts: object expected");
                    message.texts[i] = $root.foxglove.TextAnnotation.fromObject(object.texts[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an ImageAnnotations message. Also converts values to other types if specified.
         * @function toObject
         * @memberof foxglove.ImageAnnotations
         * @static
         * @param {foxglove.ImageAnnotations} message ImageAnnotations
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ImageAnnotations.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.circles = [];
                object.points = [];
                object.texts = [];
            }
            if (message.circles && message.circles.length) {
                object.circles = $Array(message.circles.length);
                for (let j = 0; j < message.circles.length; ++j)
                    object.circles[j] = $root.foxglove.CircleAnnotation.toObject(message.circles[j], options, _depth + 1);
            }
            if (message.points && message.points.length) {
                object.points = $Array(message.points.length);
                for (let j = 0; j < message.points.length; ++j)
                    object.points[j] = $root.foxglove.PointsAnnotation.toObject(message.points[j], options, _depth + 1);
            }
            if (message.texts && message.texts.length) {
                object.texts = $Array(message.texts.length);
                for (let j = 0; j < message.texts.length; ++j)
                    object.texts[j] = $root.foxglove.TextAnnotation.toObject(message.texts[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this ImageAnnotations to JSON.
         * @function toJSON
         * @memberof foxglove.ImageAnnotations
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ImageAnnotations.prototype.toJSON = function() {
            return ImageAnnotations.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ImageAnnotations
         * @function getTypeUrl
         * @memberof foxglove.ImageAnnotations
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ImageAnnotations.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/foxglove.ImageAnnotations";
        };

        return ImageAnnotations;
    })();

    foxglove.PointsAnnotation = (function() {

        /**
         * Properties of a PointsAnnotation.
         * @typedef {Object} foxglove.PointsAnnotation.$Properties
         * @property {google.protobuf.Timestamp.$Properties|null} [timestamp] PointsAnnotation timestamp
         * @property {foxglove.PointsAnnotation.Type|null} [type] PointsAnnotation type
         * @property {Array.<foxglove.Point2.$Properties>|null} [points] PointsAnnotation points
         * @property {foxglove.Color.$Properties|null} [outlineColor] PointsAnnotation outlineColor
         * @property {Array.<foxglove.Color.$Properties>|null} [outlineColors] PointsAnnotation outlineColors
         * @property {foxglove.Color.$Properties|null} [fillColor] PointsAnnotation fillColor
         * @property {number|null} [thickness] PointsAnnotation thickness
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PointsAnnotation.
         * @memberof foxglove
         * @interface IPointsAnnotation
         * @augments foxglove.PointsAnnotation.$Properties
         * @deprecated Use foxglove.PointsAnnotation.$Properties instead.
         */

        /**
         * Shape of a PointsAnnotation.
         * @typedef {foxglove.PointsAnnotation.$Properties} foxglove.PointsAnnotation.$Shape
         */

        /**
         * Constructs a new PointsAnnotation.
         * @memberof foxglove
         * @classdesc Represents a PointsAnnotation.
         * @constructor
         * @param {foxglove.PointsAnnotation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PointsAnnotation = function (properties) {
            this.points = [];
            this.outlineColors = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PointsAnnotation timestamp.
         * @member {google.protobuf.Timestamp.$Properties|null|undefined} timestamp
         * @memberof foxglove.PointsAnnotation
         * @instance
         */
        PointsAnnotation.prototype.timestamp = null;

        /**
         * PointsAnnotation type.
         * @member {foxglove.PointsAnnotation.Type} type
         * @memberof foxglove.PointsAnnotation
         * @instance
         */
        PointsAnnotation.prototype.type = 0;

        /**
         * PointsAnnotation points.
         * @member {Array.<foxglove.Point2.$Properties>} points
         * @memberof foxglove.PointsAnnotation
         * @instance
         */
        PointsAnnotation.prototype.points = $util.emptyArray;

        /**
         * PointsAnnotation outlineColor.
         * @member {foxglove.Color.$Properties|null|undefined} outlineColor
         * @memberof foxglove.PointsAnnotation
         * @instance
         */
        PointsAnnotation.prototype.outlineColor = null;

        /**
         * PointsAnnotation outlineColors.
         * @member {Array.<foxglove.Color.$Properties>} outlineColors
         * @memberof foxglove.PointsAnnotation
         * @instance
         */
        PointsAnnotation.prototype.outlineColors = $util.emptyArray;

        /**
         * PointsAnnotation fillColor.
         * @member {foxglove.Color.$Properties|null|undefined} fillColor
         * @memberof foxglove.PointsAnnotation
         * @instance
         */
        PointsAnnotation.prototype.fillColor = null;

        /**
         * PointsAnnotation thickness.
         * @member {number} thickness
         * @memberof foxglove.PointsAnnotation
         * @instance
         */
        PointsAnnotation.prototype.thickness = 0;

        /**
         * Creates a new PointsAnnotation instance using the specified properties.
         * @function create
         * @memberof foxglove.PointsAnnotation
         * @static
         * @param {foxglove.PointsAnnotation.$Properties=} [properties] Properties to set
         * @returns {foxglove.PointsAnnotation} PointsAnnotation instance
         * @type {{
         *   (properties: foxglove.PointsAnnotation.$Shape): foxglove.PointsAnnotation & foxglove.PointsAnnotation.$Shape;
         *   (properties?: foxglove.PointsAnnotation.$Properties): foxglove.PointsAnnotation;
         * }}
         */
        PointsAnnotation.create = function(properties) {
            return new PointsAnnotation(properties);
        };

        /**
         * Encodes the specified PointsAnnotation message. Does not implicitly {@link foxglove.PointsAnnotation.verify|verify} messages.
         * @function encode
         * @memberof foxglove.PointsAnnotation
         * @static
         * @param {foxglove.PointsAnnotation.$Properties} message PointsAnnotation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PointsAnnotation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
            if (message.points != null && message.points.length)
                for (let i = 0; i < message.points.length; ++i)
                    $root.foxglove.Point2.encode(message.points[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.outlineColor != null && $Object.hasOwnProperty.call(message, "outlineColor"))
                $root.foxglove.Color.encode(message.outlineColor, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.outlineColors != null && message.outlineColors.length)
                for (let i = 0; i < message.outlineColors.length; ++i)
                    $root.foxglove.Color.encode(message.outlineColors[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.fillColor != null && $Object.hasOwnProperty.call(message, "fillColor"))
                $root.foxglove.Color.encode(message.fillColor, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.thickness != null && $Object.hasOwnProperty.call(message, "thickness") && !$Object.is(message.thickness, 0))
                writer.uint32(/* id 7, wireType 1 =*/57).double(message.thickness);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PointsAnnotation message, length delimited. Does not implicitly {@link foxglove.PointsAnnotation.verify|verify} messages.
         * @function encodeDelimited
         * @memberof foxglove.PointsAnnotation
         * @static
         * @param {foxglove.PointsAnnotation.$Properties} message PointsAnnotation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PointsAnnotation.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PointsAnnotation message from the specified reader or buffer.
         * @function decode
         * @memberof foxglove.PointsAnnotation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {foxglove.PointsAnnotation & foxglove.PointsAnnotation.$Shape} PointsAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PointsAnnotation.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.PointsAnnotation();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.points && message.points.length))
                            message.points = [];
                        message.points.push($root.foxglove.Point2.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.outlineColor = $root.foxglove.Color.decode(reader, reader.size(), $undefined, _depth + 1, message.outlineColor);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.outlineColors && message.outlineColors.length))
                            message.outlineColors = [];
                        message.outlineColors.push($root.foxglove.Color.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.fillColor = $root.foxglove.Color.decode(reader, reader.size(), $undefined, _depth + 1, message.fillColor);
                        continue;
                    }
                case 7: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.thickness = value;
                        else
                            delete message.thickness;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a PointsAnnotation message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof foxglove.PointsAnnotation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {foxglove.PointsAnnotation & foxglove.PointsAnnotation.$Shape} PointsAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PointsAnnotation.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PointsAnnotation message.
         * @function verify
         * @memberof foxglove.PointsAnnotation
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PointsAnnotation.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                if (error)
                    return "timestamp." + error;
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                    return "type: enum value expected";
            if (message.points != null && $Object.hasOwnProperty.call(message, "points")) {
                if (!$Array.isArray(message.points))
                    return "points: array expected";
                for (let i = 0; i < message.points.length; ++i) {
                    let error = $root.foxglove.Point2.verify(message.points[i], _depth + 1);
                    if (error)
                        return "points." + error;
                }
            }
            if (message.outlineColor != null && $Object.hasOwnProperty.call(message, "outlineColor")) {
                let error = $root.foxglove.Color.verify(message.outlineColor, _depth + 1);
                if (error)
                    return "outlineColor." + error;
            }
            if (message.outlineColors != null && $Object.hasOwnProperty.call(message, "outlineColors")) {
                if (!$Array.isArray(message.outlineColors))
                    return "outlineColors: array expected";
                for (let i = 0; i < message.outlineColors.length; ++i) {
                    let error = $root.foxglove.Color.verify(message.outlineColors[i], _depth + 1);
                    if (error)
                        return "outlineColors." + error;
                }
            }
            if (message.fillColor != null && $Object.hasOwnProperty.call(message, "fillColor")) {
                let error = $root.foxglove.Color.verify(message.fillColor, _depth + 1);
                if (error)
                    return "fillColor." + error;
            }
            if (message.thickness != null && $Object.hasOwnProperty.call(message, "thickness"))
                if (typeof message.thickness !== "number")
                    return "thickness: number expected";
            return null;
        };

        /**
         * Creates a PointsAnnotation message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof foxglove.PointsAnnotation
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {foxglove.PointsAnnotation} PointsAnnotation
         */
        PointsAnnotation.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.PointsAnnotation)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.PointsAnnotation: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.PointsAnnotation();
            if (object.timestamp != null) {
                if (!$util.isObject(object.timestamp))
                    throw $TypeError(".foxglove.PointsAnnotation.timestamp: object expected");
                message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
            }
            if (object.type !== 0 && (typeof object.type !== "string" || $root.foxglove.PointsAnnotation.Type[object.type] !== 0))
                switch (object.type) {
                case "UNKNOWN":
                case 0:
                    message.type = 0;
                    break;
                case "POINTS":
                case 1:
                    message.type = 1;
                    break;
                case "LINE_LOOP":
                case 2:
                    message.type = 2;
                    break;
                case "LINE_STRIP":
                case 3:
                    message.type = 3;
                    break;
                case "LINE_LIST":
                case 4:
                    message.type = 4;
                    break;
                default:
                    if (typeof object.type === "number" && (object.type | 0) === object.type)
                        message.type = object.type;
                }
            if (object.points) {
                if (!$Array.isArray(object.points))
                    throw $TypeError(".foxglove.PointsAnnotation.points: array expected");
                message.points = $Array(object.points.length);
                for (let i = 0; i < object.points.length; ++i) {
                    if (!$util.isObject(object.points[i]))
                        throw $TypeError(".foxglove.PointsAnnotation.points: object expected");
                    message.points[i] = $root.foxglove.Point2.fromObject(object.points[i], _depth + 1);
                }
            }
            if (object.outlineColor != null) {
                if (!$util.isObject(object.outlineColor))
                    throw $TypeError(".foxglove.PointsAnnotation.outlineColor: object expected");
                message.outlineColor = $root.foxglove.Color.fromObject(object.outlineColor, _depth + 1);
            }
            if (object.outlineColors) {
                if (!$Array.isArray(object.outlineColors))
                    throw $TypeError(".foxglove.PointsAnnotation.outlineColors: array expected");
                message.outlineColors = $Array(object.outlineColors.length);
                for (let i = 0; i < object.outlineColors.length; ++i) {
                    if (!$util.isObject(object.outlineColors[i]))
                        throw $TypeError(".foxglove.PointsAnnotation.outlineColors: object expected");
                    message.outlineColors[i] = $root.foxglove.Color.fromObject(object.outlineColors[i], _depth + 1);
                }
            }
            if (object.fillColor != null) {
                if (!$util.isObject(object.fillColor))
                    throw $TypeError(".foxglove.PointsAnnotation.fillColor: object expected");
                message.fillColor = $root.foxglove.Color.fromObject(object.fillColor, _depth + 1);
            }
            if (object.thickness != null)
                if (!$Object.is($Number(object.thickness), 0))
                    message.thickness = $Number(object.thickness);
            return message;
        };

        /**
         * Creates a plain object from a PointsAnnotation message. Also converts values to other types if specified.
         * @function toObject
         * @memberof foxglove.PointsAnnotation
         * @static
         * @param {foxglove.PointsAnnotation} message PointsAnnotation
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PointsAnnotation.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.points = [];
                object.outlineColors = [];
            }
            if (options.defaults) {
                object.timestamp = null;
                object.type = options.enums === $String ? "UNKNOWN" : 0;
                object.outlineColor = null;
                object.fillColor = null;
                object.thickness = 0;
            }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.foxglove.PointsAnnotation.Type[message.type] === $undefined ? message.type : $root.foxglove.PointsAnnotation.Type[message.type] : message.type;
            if (message.points && message.points.length) {
                object.points = $Array(message.points.length);
                for (let j = 0; j < message.points.length; ++j)
                    object.points[j] = $root.foxglove.Point2.toObject(message.points[j], options, _depth + 1);
            }
            if (message.outlineColor != null && $Object.hasOwnProperty.call(message, "outlineColor"))
                object.outlineColor = $root.foxglove.Color.toObject(message.outlineColor, options, _depth + 1);
            if (message.outlineColors && message.outlineColors.length) {
                object.outlineColors = $Array(message.outlineColors.length);
                for (let j = 0; j < message.outlineColors.length; ++j)
                    object.outlineColors[j] = $root.foxglove.Color.toObject(message.outlineColors[j], options, _depth + 1);
            }
            if (message.fillColor != null && $Object.hasOwnProperty.call(message, "fillColor"))
                object.fillColor = $root.foxglove.Color.toObject(message.fillColor, options, _depth + 1);
            if (message.thickness != null && $Object.hasOwnProperty.call(message, "thickness"))
                object.thickness = options.json && !$isFinite(message.thickness) ? $String(message.thickness) : message.thickness;
            return object;
        };

        /**
         * Converts this PointsAnnotation to JSON.
         * @function toJSON
         * @memberof foxglove.PointsAnnotation
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PointsAnnotation.prototype.toJSON = function() {
            return PointsAnnotation.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PointsAnnotation
         * @function getTypeUrl
         * @memberof foxglove.PointsAnnotation
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PointsAnnotation.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/foxglove.PointsAnnotation";
        };

        /**
         * Type enum.
         * @name foxglove.PointsAnnotation.Type
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} POINTS=1 POINTS value
         * @property {number} LINE_LOOP=2 LINE_LOOP value
         * @property {number} LINE_STRIP=3 LINE_STRIP value
         * @property {number} LINE_LIST=4 LINE_LIST value
         */
        PointsAnnotation.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "POINTS"] = 1;
            values[valuesById[2] = "LINE_LOOP"] = 2;
            values[valuesById[3] = "LINE_STRIP"] = 3;
            values[valuesById[4] = "LINE_LIST"] = 4;
            return values;
        })();

        return PointsAnnotation;
    })();

    foxglove.TextAnnotation = (function() {

        /**
         * Properties of a TextAnnotation.
         * @typedef {Object} foxglove.TextAnnotation.$Properties
         * @property {google.protobuf.Timestamp.$Properties|null} [timestamp] TextAnnotation timestamp
         * @property {foxglove.Point2.$Properties|null} [position] TextAnnotation position
         * @property {string|null} [text] TextAnnotation text
         * @property {number|null} [fontSize] TextAnnotation fontSize
         * @property {foxglove.Color.$Properties|null} [textColor] TextAnnotation textColor
         * @property {foxglove.Color.$Properties|null} [backgroundColor] TextAnnotation backgroundColor
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TextAnnotation.
         * @memberof foxglove
         * @interface ITextAnnotation
         * @augments foxglove.TextAnnotation.$Properties
         * @deprecated Use foxglove.TextAnnotation.$Properties instead.
         */

        /**
         * Shape of a TextAnnotation.
         * @typedef {foxglove.TextAnnotation.$Properties} foxglove.TextAnnotation.$Shape
         */

        /**
         * Constructs a new TextAnnotation.
         * @memberof foxglove
         * @classdesc Represents a TextAnnotation.
         * @constructor
         * @param {foxglove.TextAnnotation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TextAnnotation = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TextAnnotation timestamp.
         * @member {google.protobuf.Timestamp.$Properties|null|undefined} timestamp
         * @memberof foxglove.TextAnnotation
         * @instance
         */
        TextAnnotation.prototype.timestamp = null;

        /**
         * TextAnnotation position.
         * @member {foxglove.Point2.$Properties|null|undefined} position
         * @memberof foxglove.TextAnnotation
         * @instance
         */
        TextAnnotation.prototype.position = null;

        /**
         * TextAnnotation text.
         * @member {string} text
         * @memberof foxglove.TextAnnotation
         * @instance
         */
        TextAnnotation.prototype.text = "";

        /**
         * TextAnnotation fontSize.
         * @member {number} fontSize
         * @memberof foxglove.TextAnnotation
         * @instance
         */
        TextAnnotation.prototype.fontSize = 0;

        /**
         * TextAnnotation textColor.
         * @member {foxglove.Color.$Properties|null|undefined} textColor
         * @memberof foxglove.TextAnnotation
         * @instance
         */
        TextAnnotation.prototype.textColor = null;

        /**
         * TextAnnotation backgroundColor.
         * @member {foxglove.Color.$Properties|null|undefined} backgroundColor
         * @memberof foxglove.TextAnnotation
         * @instance
         */
        TextAnnotation.prototype.backgroundColor = null;

        /**
         * Creates a new TextAnnotation instance using the specified properties.
         * @function create
         * @memberof foxglove.TextAnnotation
         * @static
         * @param {foxglove.TextAnnotation.$Properties=} [properties] Properties to set
         * @returns {foxglove.TextAnnotation} TextAnnotation instance
         * @type {{
         *   (properties: foxglove.TextAnnotation.$Shape): foxglove.TextAnnotation & foxglove.TextAnnotation.$Shape;
         *   (properties?: foxglove.TextAnnotation.$Properties): foxglove.TextAnnotation;
         * }}
         */
        TextAnnotation.create = function(properties) {
            return new TextAnnotation(properties);
        };

        /**
         * Encodes the specified TextAnnotation message. Does not implicitly {@link foxglove.TextAnnotation.verify|verify} messages.
         * @function encode
         * @memberof foxglove.TextAnnotation
         * @static
         * @param {foxglove.TextAnnotation.$Properties} message TextAnnotation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TextAnnotation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                $root.foxglove.Point2.encode(message.position, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
            if (message.fontSize != null && $Object.hasOwnProperty.call(message, "fontSize") && !$Object.is(message.fontSize, 0))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.fontSize);
            if (message.textColor != null && $Object.hasOwnProperty.call(message, "textColor"))
                $root.foxglove.Color.encode(message.textColor, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.backgroundColor != null && $Object.hasOwnProperty.call(message, "backgroundColor"))
                $root.foxglove.Color.encode(message.backgroundColor, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TextAnnotation message, length delimited. Does not implicitly {@link foxglove.TextAnnotation.verify|verify} messages.
         * @function encodeDelimited
         * @memberof foxglove.TextAnnotation
         * @static
         * @param {foxglove.TextAnnotation.$Properties} message TextAnnotation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TextAnnotation.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TextAnnotation message from the specified reader or buffer.
         * @function decode
         * @memberof foxglove.TextAnnotation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {foxglove.TextAnnotation & foxglove.TextAnnotation.$Shape} TextAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TextAnnotation.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.foxglove.TextAnnotation();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.position = $root.foxglove.Point2.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.text = value;
                        else
                            delete message.text;
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.fontSize = value;
                        else
                            delete message.fontSize;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.textColor = $root.foxglove.Color.decode(reader, reader.size(), $undefined, _depth + 1, message.textColor);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.backgroundColor = $root.foxglove.Color.decode(reader, reader.size(), $undefined, _depth + 1, message.backgroundColor);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TextAnnotation message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof foxglove.TextAnnotation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {foxglove.TextAnnotation & foxglove.TextAnnotation.$Shape} TextAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TextAnnotation.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TextAnnotation message.
         * @function verify
         * @memberof foxglove.TextAnnotation
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TextAnnotation.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                if (error)
                    return "timestamp." + error;
            }
            if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                let error = $root.foxglove.Point2.verify(message.position, _depth + 1);
                if (error)
                    return "position." + error;
            }
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                if (!$util.isString(message.text))
                    return "text: string expected";
            if (message.fontSize != null && $Object.hasOwnProperty.call(message, "fontSize"))
                if (typeof message.fontSize !== "number")
                    return "fontSize: number expected";
            if (message.textColor != null && $Object.hasOwnProperty.call(message, "textColor")) {
                let error = $root.foxglove.Color.verify(message.textColor, _depth + 1);
                if (error)
                    return "textColor." + error;
            }
            if (message.backgroundColor != null && $Object.hasOwnProperty.call(message, "backgroundColor")) {
                let error = $root.foxglove.Color.verify(message.backgroundColor, _depth + 1);
                if (error)
                    return "backgroundColor." + error;
            }
            return null;
        };

        /**
         * Creates a TextAnnotation message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof foxglove.TextAnnotation
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {foxglove.TextAnnotation} TextAnnotation
         */
        TextAnnotation.fromObject = function (object, _depth) {
            if (object instanceof $root.foxglove.TextAnnotation)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".foxglove.TextAnnotation: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.foxglove.TextAnnotation();
            if (object.timestamp != null) {
                if (!$util.isObject(object.timestamp))
                    throw $TypeError(".foxglove.TextAnnotation.timestamp: object expected");
                message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
            }
            if (object.position != null) {
                if (!$util.isObject(object.position))
                    throw $TypeError(".foxglove.TextAnnotation.position: object expected");
                message.position = $root.foxglove.Point2.fromObject(object.position, _depth + 1);
            }
            if (object.text != null)
                if (typeof object.text !== "string" || object.text.length)
                    message.text = $String(object.text);
            if (object.fontSize != null)
                if (!$Object.is($Number(object.fontSize), 0))
                    message.fontSize = $Number(object.fontSize);
            if (object.textColor != null) {
                if (!$util.isObject(object.textColor))
                    throw $TypeError(".foxglove.TextAnnotation.textColor: object expected");
                message.textColor = $root.foxglove.Color.fromObject(object.textColor, _depth + 1);
            }
            if (object.backgroundColor != null) {
                if (!$util.isObject(object.backgroundColor))
                    throw $TypeError(".foxglove.TextAnnotation.backgroundColor: object expected");
                message.backgroundColor = $root.foxglove.Color.fromObject(object.backgroundColor, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a TextAnnotation message. Also converts values to other types if specified.
         * @function toObject
         * @memberof foxglove.TextAnnotation
         * @static
         * @param {foxglove.TextAnnotation} message TextAnnotation
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TextAnnotation.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.timestamp = null;
                object.position = null;
                object.text = "";
                object.fontSize = 0;
                object.textColor = null;
                object.backgroundColor = null;
            }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
            if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                object.position = $root.foxglove.Point2.toObject(message.position, options, _depth + 1);
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                object.text = message.text;
            if (message.fontSize != null && $Object.hasOwnProperty.call(message, "fontSize"))
                object.fontSize = options.json && !$isFinite(message.fontSize) ? $String(message.fontSize) : message.fontSize;
            if (message.textColor != null && $Object.hasOwnProperty.call(message, "textColor"))
                object.textColor = $root.foxglove.Color.toObject(message.textColor, options, _depth + 1);
            if (message.backgroundColor != null && $Object.hasOwnProperty.call(message, "backgroundColor"))
                object.backgroundColor = $root.foxglove.Color.toObject(message.backgroundColor, options, _depth + 1);
            return object;
        };

        /**
         * Converts this TextAnnotation to JSON.
         * @function toJSON
         * @memberof foxglove.TextAnnotation
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TextAnnotation.prototype.toJSON = function() {
            return TextAnnotation.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TextAnnotation
         * @function getTypeUrl
         * @memberof foxglove.TextAnnotation
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TextAnnotation.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/foxglove.TextAnnotation";
        };

        return TextAnnotation;
    })();

    return foxglove;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {Long|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {Long} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Timestamp message.
             * @function verify
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timestamp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} message Timestamp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
