/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const vigil = $root.vigil = (() => {

    /**
     * Namespace vigil.
     * @exports vigil
     * @namespace
     */
    const vigil = {};

    vigil.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof vigil
         * @namespace
         */
        const v1 = {};

        /**
         * CommandKind enum.
         * @name vigil.v1.CommandKind
         * @enum {number}
         * @property {number} COMMAND_KIND_UNSPECIFIED=0 COMMAND_KIND_UNSPECIFIED value
         * @property {number} COMMAND_KIND_PROCEED=1 COMMAND_KIND_PROCEED value
         * @property {number} COMMAND_KIND_SLOW=2 COMMAND_KIND_SLOW value
         * @property {number} COMMAND_KIND_STOP=3 COMMAND_KIND_STOP value
         * @property {number} COMMAND_KIND_SAFE_STOP=4 COMMAND_KIND_SAFE_STOP value
         */
        v1.CommandKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMMAND_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMMAND_KIND_PROCEED"] = 1;
            values[valuesById[2] = "COMMAND_KIND_SLOW"] = 2;
            values[valuesById[3] = "COMMAND_KIND_STOP"] = 3;
            values[valuesById[4] = "COMMAND_KIND_SAFE_STOP"] = 4;
            return values;
        })();

        /**
         * CommandSource enum.
         * @name vigil.v1.CommandSource
         * @enum {number}
         * @property {number} COMMAND_SOURCE_UNSPECIFIED=0 COMMAND_SOURCE_UNSPECIFIED value
         * @property {number} COMMAND_SOURCE_PERCEPTION=1 COMMAND_SOURCE_PERCEPTION value
         * @property {number} COMMAND_SOURCE_OPERATOR=2 COMMAND_SOURCE_OPERATOR value
         * @property {number} COMMAND_SOURCE_FALLBACK=3 COMMAND_SOURCE_FALLBACK value
         */
        v1.CommandSource = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMMAND_SOURCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMMAND_SOURCE_PERCEPTION"] = 1;
            values[valuesById[2] = "COMMAND_SOURCE_OPERATOR"] = 2;
            values[valuesById[3] = "COMMAND_SOURCE_FALLBACK"] = 3;
            return values;
        })();

        v1.ActuationCommand = (function() {

            /**
             * Properties of an ActuationCommand.
             * @typedef {Object} vigil.v1.ActuationCommand.$Properties
             * @property {string|null} [machineId] ActuationCommand machineId
             * @property {Long|null} [seq] ActuationCommand seq
             * @property {Long|null} [issuedTimeNs] ActuationCommand issuedTimeNs
             * @property {Long|null} [validUntilNs] ActuationCommand validUntilNs
             * @property {vigil.v1.CommandKind|null} [kind] ActuationCommand kind
             * @property {vigil.v1.CommandSource|null} [source] ActuationCommand source
             * @property {number|null} [maxSpeedMps] ActuationCommand maxSpeedMps
             * @property {string|null} [reason] ActuationCommand reason
             * @property {string|null} [assessmentId] ActuationCommand assessmentId
             * @property {string|null} [origin] ActuationCommand origin
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ActuationCommand.
             * @memberof vigil.v1
             * @interface IActuationCommand
             * @augments vigil.v1.ActuationCommand.$Properties
             * @deprecated Use vigil.v1.ActuationCommand.$Properties instead.
             */

            /**
             * Shape of an ActuationCommand.
             * @typedef {vigil.v1.ActuationCommand.$Properties} vigil.v1.ActuationCommand.$Shape
             */

            /**
             * Constructs a new ActuationCommand.
             * @memberof vigil.v1
             * @classdesc Represents an ActuationCommand.
             * @constructor
             * @param {vigil.v1.ActuationCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ActuationCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ActuationCommand machineId.
             * @member {string} machineId
             * @memberof vigil.v1.ActuationCommand
             * @instance
             */
            ActuationCommand.prototype.machineId = "";

            /**
             * ActuationCommand seq.
             * @member {Long} seq
             * @memberof vigil.v1.ActuationCommand
             * @instance
             */
            ActuationCommand.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ActuationCommand issuedTimeNs.
             * @member {Long} issuedTimeNs
             * @memberof vigil.v1.ActuationCommand
             * @instance
             */
            ActuationCommand.prototype.issuedTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ActuationCommand validUntilNs.
             * @member {Long} validUntilNs
             * @memberof vigil.v1.ActuationCommand
             * @instance
             */
            ActuationCommand.prototype.validUntilNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ActuationCommand kind.
             * @member {vigil.v1.CommandKind} kind
             * @memberof vigil.v1.ActuationCommand
             * @instance
             */
            ActuationCommand.prototype.kind = 0;

            /**
             * ActuationCommand source.
             * @member {vigil.v1.CommandSource} source
             * @memberof vigil.v1.ActuationCommand
             * @instance
             */
            ActuationCommand.prototype.source = 0;

            /**
             * ActuationCommand maxSpeedMps.
             * @member {number} maxSpeedMps
             * @memberof vigil.v1.ActuationCommand
             * @instance
             */
            ActuationCommand.prototype.maxSpeedMps = 0;

            /**
             * ActuationCommand reason.
             * @member {string} reason
             * @memberof vigil.v1.ActuationCommand
             * @instance
             */
            ActuationCommand.prototype.reason = "";

            /**
             * ActuationCommand assessmentId.
             * @member {string} assessmentId
             * @memberof vigil.v1.ActuationCommand
             * @instance
             */
            ActuationCommand.prototype.assessmentId = "";

            /**
             * ActuationCommand origin.
             * @member {string} origin
             * @memberof vigil.v1.ActuationCommand
             * @instance
             */
            ActuationCommand.prototype.origin = "";

            /**
             * Creates a new ActuationCommand instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ActuationCommand
             * @static
             * @param {vigil.v1.ActuationCommand.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.ActuationCommand} ActuationCommand instance
             * @type {{
             *   (properties: vigil.v1.ActuationCommand.$Shape): vigil.v1.ActuationCommand & vigil.v1.ActuationCommand.$Shape;
             *   (properties?: vigil.v1.ActuationCommand.$Properties): vigil.v1.ActuationCommand;
             * }}
             */
            ActuationCommand.create = function(properties) {
                return new ActuationCommand(properties);
            };

            /**
             * Encodes the specified ActuationCommand message. Does not implicitly {@link vigil.v1.ActuationCommand.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ActuationCommand
             * @static
             * @param {vigil.v1.ActuationCommand.$Properties} message ActuationCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActuationCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.machineId != null && $Object.hasOwnProperty.call(message, "machineId") && message.machineId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.machineId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.issuedTimeNs != null && $Object.hasOwnProperty.call(message, "issuedTimeNs") && (typeof message.issuedTimeNs === "object" ? message.issuedTimeNs.low || message.issuedTimeNs.high : message.issuedTimeNs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.issuedTimeNs);
                if (message.validUntilNs != null && $Object.hasOwnProperty.call(message, "validUntilNs") && (typeof message.validUntilNs === "object" ? message.validUntilNs.low || message.validUntilNs.high : message.validUntilNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.validUntilNs);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.kind);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.source);
                if (message.maxSpeedMps != null && $Object.hasOwnProperty.call(message, "maxSpeedMps") && !$Object.is(message.maxSpeedMps, 0))
                    writer.uint32(/* id 7, wireType 5 =*/61).float(message.maxSpeedMps);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.reason);
                if (message.assessmentId != null && $Object.hasOwnProperty.call(message, "assessmentId") && message.assessmentId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.assessmentId);
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin") && message.origin !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.origin);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ActuationCommand message, length delimited. Does not implicitly {@link vigil.v1.ActuationCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ActuationCommand
             * @static
             * @param {vigil.v1.ActuationCommand.$Properties} message ActuationCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActuationCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ActuationCommand message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ActuationCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ActuationCommand & vigil.v1.ActuationCommand.$Shape} ActuationCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActuationCommand.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.ActuationCommand();
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
                            if ((value = reader.stringVerify()).length)
                                message.machineId = value;
                            else
                                delete message.machineId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedTimeNs = value;
                            else
                                delete message.issuedTimeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.validUntilNs = value;
                            else
                                delete message.validUntilNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.maxSpeedMps = value;
                            else
                                delete message.maxSpeedMps;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.assessmentId = value;
                            else
                                delete message.assessmentId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.origin = value;
                            else
                                delete message.origin;
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
             * Decodes an ActuationCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ActuationCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ActuationCommand & vigil.v1.ActuationCommand.$Shape} ActuationCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActuationCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ActuationCommand message.
             * @function verify
             * @memberof vigil.v1.ActuationCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ActuationCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.machineId != null && $Object.hasOwnProperty.call(message, "machineId"))
                    if (!$util.isString(message.machineId))
                        return "machineId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.issuedTimeNs != null && $Object.hasOwnProperty.call(message, "issuedTimeNs"))
                    if (!$util.isInteger(message.issuedTimeNs) && !(message.issuedTimeNs && $util.isInteger(message.issuedTimeNs.low) && $util.isInteger(message.issuedTimeNs.high)))
                        return "issuedTimeNs: integer|Long expected";
                if (message.validUntilNs != null && $Object.hasOwnProperty.call(message, "validUntilNs"))
                    if (!$util.isInteger(message.validUntilNs) && !(message.validUntilNs && $util.isInteger(message.validUntilNs.low) && $util.isInteger(message.validUntilNs.high)))
                        return "validUntilNs: integer|Long expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (typeof message.source !== "number" || (message.source | 0) !== message.source)
                        return "source: enum value expected";
                if (message.maxSpeedMps != null && $Object.hasOwnProperty.call(message, "maxSpeedMps"))
                    if (typeof message.maxSpeedMps !== "number")
                        return "maxSpeedMps: number expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.assessmentId != null && $Object.hasOwnProperty.call(message, "assessmentId"))
                    if (!$util.isString(message.assessmentId))
                        return "assessmentId: string expected";
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    if (!$util.isString(message.origin))
                        return "origin: string expected";
                return null;
            };

            /**
             * Creates an ActuationCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ActuationCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ActuationCommand} ActuationCommand
             */
            ActuationCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.ActuationCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.ActuationCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.ActuationCommand();
                if (object.machineId != null)
                    if (typeof object.machineId !== "string" || object.machineId.length)
                        message.machineId = $String(object.machineId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.issuedTimeNs != null)
                    if (typeof object.issuedTimeNs === "object" ? object.issuedTimeNs.low || object.issuedTimeNs.high : $Number(object.issuedTimeNs) !== 0)
                        if ($util.Long)
                            message.issuedTimeNs = $util.Long.fromValue(object.issuedTimeNs, false);
                        else if (typeof object.issuedTimeNs === "string")
                            message.issuedTimeNs = $parseInt(object.issuedTimeNs, 10);
                        else if (typeof object.issuedTimeNs === "number")
                            message.issuedTimeNs = object.issuedTimeNs;
                        else if (typeof object.issuedTimeNs === "object")
                            message.issuedTimeNs = new $util.LongBits(object.issuedTimeNs.low >>> 0, object.issuedTimeNs.high >>> 0).toNumber();
                if (object.validUntilNs != null)
                    if (typeof object.validUntilNs === "object" ? object.validUntilNs.low || object.validUntilNs.high : $Number(object.validUntilNs) !== 0)
                        if ($util.Long)
                            message.validUntilNs = $util.Long.fromValue(object.validUntilNs, false);
                        else if (typeof object.validUntilNs === "string")
                            message.validUntilNs = $parseInt(object.validUntilNs, 10);
                        else if (typeof object.validUntilNs === "number")
                            message.validUntilNs = object.validUntilNs;
                        else if (typeof object.validUntilNs === "object")
                            message.validUntilNs = new $util.LongBits(object.validUntilNs.low >>> 0, object.validUntilNs.high >>> 0).toNumber();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.vigil.v1.CommandKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "COMMAND_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "COMMAND_KIND_PROCEED":
                    case 1:
                        message.kind = 1;
                        break;
                    case "COMMAND_KIND_SLOW":
                    case 2:
                        message.kind = 2;
                        break;
                    case "COMMAND_KIND_STOP":
                    case 3:
                        message.kind = 3;
                        break;
                    case "COMMAND_KIND_SAFE_STOP":
                    case 4:
                        message.kind = 4;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.source !== 0 && (typeof object.source !== "string" || $root.vigil.v1.CommandSource[object.source] !== 0))
                    switch (object.source) {
                    case "COMMAND_SOURCE_UNSPECIFIED":
                    case 0:
                        message.source = 0;
                        break;
                    case "COMMAND_SOURCE_PERCEPTION":
                    case 1:
                        message.source = 1;
                        break;
                    case "COMMAND_SOURCE_OPERATOR":
                    case 2:
                        message.source = 2;
                        break;
                    case "COMMAND_SOURCE_FALLBACK":
                    case 3:
                        message.source = 3;
                        break;
                    default:
                        if (typeof object.source === "number" && (object.source | 0) === object.source)
                            message.source = object.source;
                    }
                if (object.maxSpeedMps != null)
                    if (!$Object.is($Number(object.maxSpeedMps), 0))
                        message.maxSpeedMps = $Number(object.maxSpeedMps);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.assessmentId != null)
                    if (typeof object.assessmentId !== "string" || object.assessmentId.length)
                        message.assessmentId = $String(object.assessmentId);
                if (object.origin != null)
                    if (typeof object.origin !== "string" || object.origin.length)
                        message.origin = $String(object.origin);
                return message;
            };

            /**
             * Creates a plain object from an ActuationCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ActuationCommand
             * @static
             * @param {vigil.v1.ActuationCommand} message ActuationCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ActuationCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.machineId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issuedTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.validUntilNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.validUntilNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.kind = options.enums === $String ? "COMMAND_KIND_UNSPECIFIED" : 0;
                    object.source = options.enums === $String ? "COMMAND_SOURCE_UNSPECIFIED" : 0;
                    object.maxSpeedMps = 0;
                    object.reason = "";
                    object.assessmentId = "";
                    object.origin = "";
                }
                if (message.machineId != null && $Object.hasOwnProperty.call(message, "machineId"))
                    object.machineId = message.machineId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.issuedTimeNs != null && $Object.hasOwnProperty.call(message, "issuedTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedTimeNs = typeof message.issuedTimeNs === "number" ? $BigInt(message.issuedTimeNs) : $util.Long.fromBits(message.issuedTimeNs.low >>> 0, message.issuedTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedTimeNs === "number")
                        object.issuedTimeNs = options.longs === $String ? $String(message.issuedTimeNs) : message.issuedTimeNs;
                    else
                        object.issuedTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedTimeNs) : options.longs === $Number ? new $util.LongBits(message.issuedTimeNs.low >>> 0, message.issuedTimeNs.high >>> 0).toNumber() : message.issuedTimeNs;
                if (message.validUntilNs != null && $Object.hasOwnProperty.call(message, "validUntilNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.validUntilNs = typeof message.validUntilNs === "number" ? $BigInt(message.validUntilNs) : $util.Long.fromBits(message.validUntilNs.low >>> 0, message.validUntilNs.high >>> 0, false).toBigInt();
                    else if (typeof message.validUntilNs === "number")
                        object.validUntilNs = options.longs === $String ? $String(message.validUntilNs) : message.validUntilNs;
                    else
                        object.validUntilNs = options.longs === $String ? $util.Long.prototype.toString.call(message.validUntilNs) : options.longs === $Number ? new $util.LongBits(message.validUntilNs.low >>> 0, message.validUntilNs.high >>> 0).toNumber() : message.validUntilNs;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.vigil.v1.CommandKind[message.kind] === $undefined ? message.kind : $root.vigil.v1.CommandKind[message.kind] : message.kind;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = options.enums === $String ? $root.vigil.v1.CommandSource[message.source] === $undefined ? message.source : $root.vigil.v1.CommandSource[message.source] : message.source;
                if (message.maxSpeedMps != null && $Object.hasOwnProperty.call(message, "maxSpeedMps"))
                    object.maxSpeedMps = options.json && !$isFinite(message.maxSpeedMps) ? $String(message.maxSpeedMps) : message.maxSpeedMps;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.assessmentId != null && $Object.hasOwnProperty.call(message, "assessmentId"))
                    object.assessmentId = message.assessmentId;
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    object.origin = message.origin;
                return object;
            };

            /**
             * Converts this ActuationCommand to JSON.
             * @function toJSON
             * @memberof vigil.v1.ActuationCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ActuationCommand.prototype.toJSON = function() {
                return ActuationCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ActuationCommand
             * @function getTypeUrl
             * @memberof vigil.v1.ActuationCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ActuationCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.ActuationCommand";
            };

            return ActuationCommand;
        })();

        v1.InputSpec = (function() {

            /**
             * Properties of an InputSpec.
             * @typedef {Object} vigil.v1.InputSpec.$Properties
             * @property {string|null} [name] InputSpec name
             * @property {Array.<Long>|null} [shape] InputSpec shape
             * @property {string|null} [dtype] InputSpec dtype
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InputSpec.
             * @memberof vigil.v1
             * @interface IInputSpec
             * @augments vigil.v1.InputSpec.$Properties
             * @deprecated Use vigil.v1.InputSpec.$Properties instead.
             */

            /**
             * Shape of an InputSpec.
             * @typedef {vigil.v1.InputSpec.$Properties} vigil.v1.InputSpec.$Shape
             */

            /**
             * Constructs a new InputSpec.
             * @memberof vigil.v1
             * @classdesc Represents an InputSpec.
             * @constructor
             * @param {vigil.v1.InputSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InputSpec = function (properties) {
                this.shape = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InputSpec name.
             * @member {string} name
             * @memberof vigil.v1.InputSpec
             * @instance
             */
            InputSpec.prototype.name = "";

            /**
             * InputSpec shape.
             * @member {Array.<Long>} shape
             * @memberof vigil.v1.InputSpec
             * @instance
             */
            InputSpec.prototype.shape = $util.emptyArray;

            /**
             * InputSpec dtype.
             * @member {string} dtype
             * @memberof vigil.v1.InputSpec
             * @instance
             */
            InputSpec.prototype.dtype = "";

            /**
             * Creates a new InputSpec instance using the specified properties.
             * @function create
             * @memberof vigil.v1.InputSpec
             * @static
             * @param {vigil.v1.InputSpec.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.InputSpec} InputSpec instance
             * @type {{
             *   (properties: vigil.v1.InputSpec.$Shape): vigil.v1.InputSpec & vigil.v1.InputSpec.$Shape;
             *   (properties?: vigil.v1.InputSpec.$Properties): vigil.v1.InputSpec;
             * }}
             */
            InputSpec.create = function(properties) {
                return new InputSpec(properties);
            };

            /**
             * Encodes the specified InputSpec message. Does not implicitly {@link vigil.v1.InputSpec.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.InputSpec
             * @static
             * @param {vigil.v1.InputSpec.$Properties} message InputSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InputSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.shape != null && message.shape.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).int64s(message.shape);
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype") && message.dtype !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.dtype);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified InputSpec message, length delimited. Does not implicitly {@link vigil.v1.InputSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.InputSpec
             * @static
             * @param {vigil.v1.InputSpec.$Properties} message InputSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InputSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an InputSpec message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.InputSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.InputSpec & vigil.v1.InputSpec.$Shape} InputSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InputSpec.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.InputSpec();
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
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.shape && message.shape.length))
                                    message.shape = [];
                                reader.int64s(message.shape);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.shape && message.shape.length))
                                message.shape = [];
                            message.shape.push(reader.int64());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dtype = value;
                            else
                                delete message.dtype;
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
             * Decodes an InputSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.InputSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.InputSpec & vigil.v1.InputSpec.$Shape} InputSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InputSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an InputSpec message.
             * @function verify
             * @memberof vigil.v1.InputSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InputSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.shape != null && $Object.hasOwnProperty.call(message, "shape")) {
                    if (!$Array.isArray(message.shape))
                        return "shape: array expected";
                    for (let i = 0; i < message.shape.length; ++i)
                        if (!$util.isInteger(message.shape[i]) && !(message.shape[i] && $util.isInteger(message.shape[i].low) && $util.isInteger(message.shape[i].high)))
                            return "shape: integer|Long[] expected";
                }
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype"))
                    if (!$util.isString(message.dtype))
                        return "dtype: string expected";
                return null;
            };

            /**
             * Creates an InputSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.InputSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.InputSpec} InputSpec
             */
            InputSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.InputSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.InputSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.InputSpec();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.shape) {
                    if (!$Array.isArray(object.shape))
                        throw $TypeError(".vigil.v1.InputSpec.shape: array expected");
                    message.shape = $Array(object.shape.length);
                    for (let i = 0; i < object.shape.length; ++i)
                        if ($util.Long)
                            message.shape[i] = $util.Long.fromValue(object.shape[i], false);
                        else if (typeof object.shape[i] === "string")
                            message.shape[i] = $parseInt(object.shape[i], 10);
                        else if (typeof object.shape[i] === "number")
                            message.shape[i] = object.shape[i];
                        else if (typeof object.shape[i] === "object")
                            message.shape[i] = new $util.LongBits(object.shape[i].low >>> 0, object.shape[i].high >>> 0).toNumber();
                }
                if (object.dtype != null)
                    if (typeof object.dtype !== "string" || object.dtype.length)
                        message.dtype = $String(object.dtype);
                return message;
            };

            /**
             * Creates a plain object from an InputSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.InputSpec
             * @static
             * @param {vigil.v1.InputSpec} message InputSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InputSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.shape = [];
                if (options.defaults) {
                    object.name = "";
                    object.dtype = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.shape && message.shape.length) {
                    object.shape = $Array(message.shape.length);
                    for (let j = 0; j < message.shape.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.shape[j] = typeof message.shape[j] === "number" ? $BigInt(message.shape[j]) : $util.Long.fromBits(message.shape[j].low >>> 0, message.shape[j].high >>> 0, false).toBigInt();
                        else if (typeof message.shape[j] === "number")
                            object.shape[j] = options.longs === $String ? $String(message.shape[j]) : message.shape[j];
                        else
                            object.shape[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.shape[j]) : options.longs === $Number ? new $util.LongBits(message.shape[j].low >>> 0, message.shape[j].high >>> 0).toNumber() : message.shape[j];
                }
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype"))
                    object.dtype = message.dtype;
                return object;
            };

            /**
             * Converts this InputSpec to JSON.
             * @function toJSON
             * @memberof vigil.v1.InputSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InputSpec.prototype.toJSON = function() {
                return InputSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InputSpec
             * @function getTypeUrl
             * @memberof vigil.v1.InputSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InputSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.InputSpec";
            };

            return InputSpec;
        })();

        v1.ModelManifest = (function() {

            /**
             * Properties of a ModelManifest.
             * @typedef {Object} vigil.v1.ModelManifest.$Properties
             * @property {string|null} [name] ModelManifest name
             * @property {string|null} [version] ModelManifest version
             * @property {string|null} [sha256] ModelManifest sha256
             * @property {Long|null} [sizeBytes] ModelManifest sizeBytes
             * @property {string|null} [format] ModelManifest format
             * @property {string|null} [decoder] ModelManifest decoder
             * @property {Array.<string>|null} [labels] ModelManifest labels
             * @property {Array.<vigil.v1.InputSpec.$Properties>|null} [inputs] ModelManifest inputs
             * @property {Array.<vigil.v1.InputSpec.$Properties>|null} [outputs] ModelManifest outputs
             * @property {string|null} [specYaml] ModelManifest specYaml
             * @property {Long|null} [createdTimeNs] ModelManifest createdTimeNs
             * @property {string|null} [keyId] ModelManifest keyId
             * @property {Uint8Array|null} [signature] ModelManifest signature
             * @property {boolean|null} [rollback] ModelManifest rollback
             * @property {Array.<vigil.v1.GoldenInput.$Properties>|null} [golden] ModelManifest golden
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelManifest.
             * @memberof vigil.v1
             * @interface IModelManifest
             * @augments vigil.v1.ModelManifest.$Properties
             * @deprecated Use vigil.v1.ModelManifest.$Properties instead.
             */

            /**
             * Shape of a ModelManifest.
             * @typedef {vigil.v1.ModelManifest.$Properties} vigil.v1.ModelManifest.$Shape
             */

            /**
             * Constructs a new ModelManifest.
             * @memberof vigil.v1
             * @classdesc Represents a ModelManifest.
             * @constructor
             * @param {vigil.v1.ModelManifest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelManifest = function (properties) {
                this.labels = [];
                this.inputs = [];
                this.outputs = [];
                this.golden = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ModelManifest name.
             * @member {string} name
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.name = "";

            /**
             * ModelManifest version.
             * @member {string} version
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.version = "";

            /**
             * ModelManifest sha256.
             * @member {string} sha256
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.sha256 = "";

            /**
             * ModelManifest sizeBytes.
             * @member {Long} sizeBytes
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ModelManifest format.
             * @member {string} format
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.format = "";

            /**
             * ModelManifest decoder.
             * @member {string} decoder
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.decoder = "";

            /**
             * ModelManifest labels.
             * @member {Array.<string>} labels
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.labels = $util.emptyArray;

            /**
             * ModelManifest inputs.
             * @member {Array.<vigil.v1.InputSpec.$Properties>} inputs
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.inputs = $util.emptyArray;

            /**
             * ModelManifest outputs.
             * @member {Array.<vigil.v1.InputSpec.$Properties>} outputs
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.outputs = $util.emptyArray;

            /**
             * ModelManifest specYaml.
             * @member {string} specYaml
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.specYaml = "";

            /**
             * ModelManifest createdTimeNs.
             * @member {Long} createdTimeNs
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.createdTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ModelManifest keyId.
             * @member {string} keyId
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.keyId = "";

            /**
             * ModelManifest signature.
             * @member {Uint8Array} signature
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.signature = $util.newBuffer([]);

            /**
             * ModelManifest rollback.
             * @member {boolean} rollback
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.rollback = false;

            /**
             * ModelManifest golden.
             * @member {Array.<vigil.v1.GoldenInput.$Properties>} golden
             * @memberof vigil.v1.ModelManifest
             * @instance
             */
            ModelManifest.prototype.golden = $util.emptyArray;

            /**
             * Creates a new ModelManifest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ModelManifest
             * @static
             * @param {vigil.v1.ModelManifest.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.ModelManifest} ModelManifest instance
             * @type {{
             *   (properties: vigil.v1.ModelManifest.$Shape): vigil.v1.ModelManifest & vigil.v1.ModelManifest.$Shape;
             *   (properties?: vigil.v1.ModelManifest.$Properties): vigil.v1.ModelManifest;
             * }}
             */
            ModelManifest.create = function(properties) {
                return new ModelManifest(properties);
            };

            /**
             * Encodes the specified ModelManifest message. Does not implicitly {@link vigil.v1.ModelManifest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ModelManifest
             * @static
             * @param {vigil.v1.ModelManifest.$Properties} message ModelManifest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelManifest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sha256);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sizeBytes);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.format);
                if (message.decoder != null && $Object.hasOwnProperty.call(message, "decoder") && message.decoder !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.decoder);
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.labels[i]);
                if (message.inputs != null && message.inputs.length)
                    for (let i = 0; i < message.inputs.length; ++i)
                        $root.vigil.v1.InputSpec.encode(message.inputs[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.outputs != null && message.outputs.length)
                    for (let i = 0; i < message.outputs.length; ++i)
                        $root.vigil.v1.InputSpec.encode(message.outputs[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.specYaml != null && $Object.hasOwnProperty.call(message, "specYaml") && message.specYaml !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.specYaml);
                if (message.createdTimeNs != null && $Object.hasOwnProperty.call(message, "createdTimeNs") && (typeof message.createdTimeNs === "object" ? message.createdTimeNs.low || message.createdTimeNs.high : message.createdTimeNs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.createdTimeNs);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.keyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.signature);
                if (message.rollback != null && $Object.hasOwnProperty.call(message, "rollback") && message.rollback !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.rollback);
                if (message.golden != null && message.golden.length)
                    for (let i = 0; i < message.golden.length; ++i)
                        $root.vigil.v1.GoldenInput.encode(message.golden[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ModelManifest message, length delimited. Does not implicitly {@link vigil.v1.ModelManifest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ModelManifest
             * @static
             * @param {vigil.v1.ModelManifest.$Properties} message ModelManifest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelManifest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ModelManifest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ModelManifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ModelManifest & vigil.v1.ModelManifest.$Shape} ModelManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelManifest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.ModelManifest();
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
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.decoder = value;
                            else
                                delete message.decoder;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.inputs && message.inputs.length))
                                message.inputs = [];
                            message.inputs.push($root.vigil.v1.InputSpec.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.outputs && message.outputs.length))
                                message.outputs = [];
                            message.outputs.push($root.vigil.v1.InputSpec.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.specYaml = value;
                            else
                                delete message.specYaml;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdTimeNs = value;
                            else
                                delete message.createdTimeNs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.rollback = value;
                            else
                                delete message.rollback;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.golden && message.golden.length))
                                message.golden = [];
                            message.golden.push($root.vigil.v1.GoldenInput.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes a ModelManifest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ModelManifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ModelManifest & vigil.v1.ModelManifest.$Shape} ModelManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelManifest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ModelManifest message.
             * @function verify
             * @memberof vigil.v1.ModelManifest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelManifest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                        return "sizeBytes: integer|Long expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                if (message.decoder != null && $Object.hasOwnProperty.call(message, "decoder"))
                    if (!$util.isString(message.decoder))
                        return "decoder: string expected";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$Array.isArray(message.labels))
                        return "labels: array expected";
                    for (let i = 0; i < message.labels.length; ++i)
                        if (!$util.isString(message.labels[i]))
                            return "labels: string[] expected";
                }
                if (message.inputs != null && $Object.hasOwnProperty.call(message, "inputs")) {
                    if (!$Array.isArray(message.inputs))
                        return "inputs: array expected";
                    for (let i = 0; i < message.inputs.length; ++i) {
                        let error = $root.vigil.v1.InputSpec.verify(message.inputs[i], _depth + 1);
                        if (error)
                            return "inputs." + error;
                    }
                }
                if (message.outputs != null && $Object.hasOwnProperty.call(message, "outputs")) {
                    if (!$Array.isArray(message.outputs))
                        return "outputs: array expected";
                    for (let i = 0; i < message.outputs.length; ++i) {
                        let error = $root.vigil.v1.InputSpec.verify(message.outputs[i], _depth + 1);
                        if (error)
                            return "outputs." + error;
                    }
                }
                if (message.specYaml != null && $Object.hasOwnProperty.call(message, "specYaml"))
                    if (!$util.isString(message.specYaml))
                        return "specYaml: string expected";
                if (message.createdTimeNs != null && $Object.hasOwnProperty.call(message, "createdTimeNs"))
                    if (!$util.isInteger(message.createdTimeNs) && !(message.createdTimeNs && $util.isInteger(message.createdTimeNs.low) && $util.isInteger(message.createdTimeNs.high)))
                        return "createdTimeNs: integer|Long expected";
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    if (!$util.isString(message.keyId))
                        return "keyId: string expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                if (message.rollback != null && $Object.hasOwnProperty.call(message, "rollback"))
                    if (typeof message.rollback !== "boolean")
                        return "rollback: boolean expected";
                if (message.golden != null && $Object.hasOwnProperty.call(message, "golden")) {
                    if (!$Array.isArray(message.golden))
                        return "golden: array expected";
                    for (let i = 0; i < message.golden.length; ++i) {
                        let error = $root.vigil.v1.GoldenInput.verify(message.golden[i], _depth + 1);
                        if (error)
                            return "golden." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ModelManifest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ModelManifest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ModelManifest} ModelManifest
             */
            ModelManifest.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.ModelManifest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.ModelManifest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.ModelManifest();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                if (object.decoder != null)
                    if (typeof object.decoder !== "string" || object.decoder.length)
                        message.decoder = $String(object.decoder);
                if (object.labels) {
                    if (!$Array.isArray(object.labels))
                        throw $TypeError(".vigil.v1.ModelManifest.labels: array expected");
                    message.labels = $Array(object.labels.length);
                    for (let i = 0; i < object.labels.length; ++i)
                        message.labels[i] = $String(object.labels[i]);
                }
                if (object.inputs) {
                    if (!$Array.isArray(object.inputs))
                        throw $TypeError(".vigil.v1.ModelManifest.inputs: array expected");
                    message.inputs = $Array(object.inputs.length);
                    for (let i = 0; i < object.inputs.length; ++i) {
                        if (!$util.isObject(object.inputs[i]))
                            throw $TypeError(".vigil.v1.ModelManifest.inputs: object expected");
                        message.inputs[i] = $root.vigil.v1.InputSpec.fromObject(object.inputs[i], _depth + 1);
                    }
                }
                if (object.outputs) {
                    if (!$Array.isArray(object.outputs))
                        throw $TypeError(".vigil.v1.ModelManifest.outputs: array expected");
                    message.outputs = $Array(object.outputs.length);
                    for (let i = 0; i < object.outputs.length; ++i) {
                        if (!$util.isObject(object.outputs[i]))
                            throw $TypeError(".vigil.v1.ModelManifest.outputs: object expected");
                        message.outputs[i] = $root.vigil.v1.InputSpec.fromObject(object.outputs[i], _depth + 1);
                    }
                }
                if (object.specYaml != null)
                    if (typeof object.specYaml !== "string" || object.specYaml.length)
                        message.specYaml = $String(object.specYaml);
                if (object.createdTimeNs != null)
                    if (typeof object.createdTimeNs === "object" ? object.createdTimeNs.low || object.createdTimeNs.high : $Number(object.createdTimeNs) !== 0)
                        if ($util.Long)
                            message.createdTimeNs = $util.Long.fromValue(object.createdTimeNs, false);
                        else if (typeof object.createdTimeNs === "string")
                            message.createdTimeNs = $parseInt(object.createdTimeNs, 10);
                        else if (typeof object.createdTimeNs === "number")
                            message.createdTimeNs = object.createdTimeNs;
                        else if (typeof object.createdTimeNs === "object")
                            message.createdTimeNs = new $util.LongBits(object.createdTimeNs.low >>> 0, object.createdTimeNs.high >>> 0).toNumber();
                if (object.keyId != null)
                    if (typeof object.keyId !== "string" || object.keyId.length)
                        message.keyId = $String(object.keyId);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.rollback != null)
                    if (object.rollback)
                        message.rollback = $Boolean(object.rollback);
                if (object.golden) {
                    if (!$Array.isArray(object.golden))
                        throw $TypeError(".vigil.v1.ModelManifest.golden: array expected");
                    message.golden = $Array(object.golden.length);
                    for (let i = 0; i < object.golden.length; ++i) {
                        if (!$util.isObject(object.golden[i]))
                            throw $TypeError(".vigil.v1.ModelManifest.golden: object expected");
                        message.golden[i] = $root.vigil.v1.GoldenInput.fromObject(object.golden[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ModelManifest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ModelManifest
             * @static
             * @param {vigil.v1.ModelManifest} message ModelManifest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelManifest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.labels = [];
                    object.inputs = [];
                    object.outputs = [];
                    object.golden = [];
                }
                if (options.defaults) {
                    object.name = "";
                    object.version = "";
                    object.sha256 = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.format = "";
                    object.decoder = "";
                    object.specYaml = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createdTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.keyId = "";
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.rollback = false;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.decoder != null && $Object.hasOwnProperty.call(message, "decoder"))
                    object.decoder = message.decoder;
                if (message.labels && message.labels.length) {
                    object.labels = $Array(message.labels.length);
                    for (let j = 0; j < message.labels.length; ++j)
                        object.labels[j] = message.labels[j];
                }
                if (message.inputs && message.inputs.length) {
                    object.inputs = $Array(message.inputs.length);
                    for (let j = 0; j < message.inputs.length; ++j)
                        object.inputs[j] = $root.vigil.v1.InputSpec.toObject(message.inputs[j], options, _depth + 1);
                }
                if (message.outputs && message.outputs.length) {
                    object.outputs = $Array(message.outputs.length);
                    for (let j = 0; j < message.outputs.length; ++j)
                        object.outputs[j] = $root.vigil.v1.InputSpec.toObject(message.outputs[j], options, _depth + 1);
                }
                if (message.specYaml != null && $Object.hasOwnProperty.call(message, "specYaml"))
                    object.specYaml = message.specYaml;
                if (message.createdTimeNs != null && $Object.hasOwnProperty.call(message, "createdTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdTimeNs = typeof message.createdTimeNs === "number" ? $BigInt(message.createdTimeNs) : $util.Long.fromBits(message.createdTimeNs.low >>> 0, message.createdTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.createdTimeNs === "number")
                        object.createdTimeNs = options.longs === $String ? $String(message.createdTimeNs) : message.createdTimeNs;
                    else
                        object.createdTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdTimeNs) : options.longs === $Number ? new $util.LongBits(message.createdTimeNs.low >>> 0, message.createdTimeNs.high >>> 0).toNumber() : message.createdTimeNs;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = message.keyId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.rollback != null && $Object.hasOwnProperty.call(message, "rollback"))
                    object.rollback = message.rollback;
                if (message.golden && message.golden.length) {
                    object.golden = $Array(message.golden.length);
                    for (let j = 0; j < message.golden.length; ++j)
                        object.golden[j] = $root.vigil.v1.GoldenInput.toObject(message.golden[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ModelManifest to JSON.
             * @function toJSON
             * @memberof vigil.v1.ModelManifest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelManifest.prototype.toJSON = function() {
                return ModelManifest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ModelManifest
             * @function getTypeUrl
             * @memberof vigil.v1.ModelManifest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelManifest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.ModelManifest";
            };

            return ModelManifest;
        })();

        v1.GoldenInput = (function() {

            /**
             * Properties of a GoldenInput.
             * @typedef {Object} vigil.v1.GoldenInput.$Properties
             * @property {string|null} [name] GoldenInput name
             * @property {Uint8Array|null} [image] GoldenInput image
             * @property {string|null} [expectLabel] GoldenInput expectLabel
             * @property {number|null} [expectMinCount] GoldenInput expectMinCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GoldenInput.
             * @memberof vigil.v1
             * @interface IGoldenInput
             * @augments vigil.v1.GoldenInput.$Properties
             * @deprecated Use vigil.v1.GoldenInput.$Properties instead.
             */

            /**
             * Shape of a GoldenInput.
             * @typedef {vigil.v1.GoldenInput.$Properties} vigil.v1.GoldenInput.$Shape
             */

            /**
             * Constructs a new GoldenInput.
             * @memberof vigil.v1
             * @classdesc Represents a GoldenInput.
             * @constructor
             * @param {vigil.v1.GoldenInput.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GoldenInput = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GoldenInput name.
             * @member {string} name
             * @memberof vigil.v1.GoldenInput
             * @instance
             */
            GoldenInput.prototype.name = "";

            /**
             * GoldenInput image.
             * @member {Uint8Array} image
             * @memberof vigil.v1.GoldenInput
             * @instance
             */
            GoldenInput.prototype.image = $util.newBuffer([]);

            /**
             * GoldenInput expectLabel.
             * @member {string} expectLabel
             * @memberof vigil.v1.GoldenInput
             * @instance
             */
            GoldenInput.prototype.expectLabel = "";

            /**
             * GoldenInput expectMinCount.
             * @member {number} expectMinCount
             * @memberof vigil.v1.GoldenInput
             * @instance
             */
            GoldenInput.prototype.expectMinCount = 0;

            /**
             * Creates a new GoldenInput instance using the specified properties.
             * @function create
             * @memberof vigil.v1.GoldenInput
             * @static
             * @param {vigil.v1.GoldenInput.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.GoldenInput} GoldenInput instance
             * @type {{
             *   (properties: vigil.v1.GoldenInput.$Shape): vigil.v1.GoldenInput & vigil.v1.GoldenInput.$Shape;
             *   (properties?: vigil.v1.GoldenInput.$Properties): vigil.v1.GoldenInput;
             * }}
             */
            GoldenInput.create = function(properties) {
                return new GoldenInput(properties);
            };

            /**
             * Encodes the specified GoldenInput message. Does not implicitly {@link vigil.v1.GoldenInput.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.GoldenInput
             * @static
             * @param {vigil.v1.GoldenInput.$Properties} message GoldenInput message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GoldenInput.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.image);
                if (message.expectLabel != null && $Object.hasOwnProperty.call(message, "expectLabel") && message.expectLabel !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.expectLabel);
                if (message.expectMinCount != null && $Object.hasOwnProperty.call(message, "expectMinCount") && message.expectMinCount !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.expectMinCount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GoldenInput message, length delimited. Does not implicitly {@link vigil.v1.GoldenInput.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.GoldenInput
             * @static
             * @param {vigil.v1.GoldenInput.$Properties} message GoldenInput message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GoldenInput.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GoldenInput message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.GoldenInput
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.GoldenInput & vigil.v1.GoldenInput.$Shape} GoldenInput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GoldenInput.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.GoldenInput();
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
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.expectLabel = value;
                            else
                                delete message.expectLabel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.expectMinCount = value;
                            else
                                delete message.expectMinCount;
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
             * Decodes a GoldenInput message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.GoldenInput
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.GoldenInput & vigil.v1.GoldenInput.$Shape} GoldenInput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GoldenInput.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GoldenInput message.
             * @function verify
             * @memberof vigil.v1.GoldenInput
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GoldenInput.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    if (!(message.image && typeof message.image.length === "number" || $util.isString(message.image)))
                        return "image: buffer expected";
                if (message.expectLabel != null && $Object.hasOwnProperty.call(message, "expectLabel"))
                    if (!$util.isString(message.expectLabel))
                        return "expectLabel: string expected";
                if (message.expectMinCount != null && $Object.hasOwnProperty.call(message, "expectMinCount"))
                    if (!$util.isInteger(message.expectMinCount))
                        return "expectMinCount: integer expected";
                return null;
            };

            /**
             * Creates a GoldenInput message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.GoldenInput
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.GoldenInput} GoldenInput
             */
            GoldenInput.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.GoldenInput)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.GoldenInput: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.GoldenInput();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.image != null)
                    if (object.image.length)
                        if (typeof object.image === "string")
                            $util.base64.decode(object.image, message.image = $util.newBuffer($util.base64.length(object.image)), 0);
                        else if (object.image.length >= 0)
                            message.image = object.image;
                if (object.expectLabel != null)
                    if (typeof object.expectLabel !== "string" || object.expectLabel.length)
                        message.expectLabel = $String(object.expectLabel);
                if (object.expectMinCount != null)
                    if ($Number(object.expectMinCount) !== 0)
                        message.expectMinCount = object.expectMinCount >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a GoldenInput message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.GoldenInput
             * @static
             * @param {vigil.v1.GoldenInput} message GoldenInput
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GoldenInput.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    if (options.bytes === $String)
                        object.image = "";
                    else {
                        object.image = [];
                        if (options.bytes !== $Array)
                            object.image = $util.newBuffer(object.image);
                    }
                    object.expectLabel = "";
                    object.expectMinCount = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = options.bytes === $String ? $util.base64.encode(message.image, 0, message.image.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.image) : message.image;
                if (message.expectLabel != null && $Object.hasOwnProperty.call(message, "expectLabel"))
                    object.expectLabel = message.expectLabel;
                if (message.expectMinCount != null && $Object.hasOwnProperty.call(message, "expectMinCount"))
                    object.expectMinCount = message.expectMinCount;
                return object;
            };

            /**
             * Converts this GoldenInput to JSON.
             * @function toJSON
             * @memberof vigil.v1.GoldenInput
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GoldenInput.prototype.toJSON = function() {
                return GoldenInput.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GoldenInput
             * @function getTypeUrl
             * @memberof vigil.v1.GoldenInput
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GoldenInput.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.GoldenInput";
            };

            return GoldenInput;
        })();

        v1.DeployCommand = (function() {

            /**
             * Properties of a DeployCommand.
             * @typedef {Object} vigil.v1.DeployCommand.$Properties
             * @property {string|null} [deployId] DeployCommand deployId
             * @property {vigil.v1.ModelManifest.$Properties|null} [manifest] DeployCommand manifest
             * @property {string|null} [url] DeployCommand url
             * @property {number|null} [chunkCount] DeployCommand chunkCount
             * @property {string|null} [mode] DeployCommand mode
             * @property {Long|null} [issuedTimeNs] DeployCommand issuedTimeNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeployCommand.
             * @memberof vigil.v1
             * @interface IDeployCommand
             * @augments vigil.v1.DeployCommand.$Properties
             * @deprecated Use vigil.v1.DeployCommand.$Properties instead.
             */

            /**
             * Shape of a DeployCommand.
             * @typedef {vigil.v1.DeployCommand.$Properties} vigil.v1.DeployCommand.$Shape
             */

            /**
             * Constructs a new DeployCommand.
             * @memberof vigil.v1
             * @classdesc Represents a DeployCommand.
             * @constructor
             * @param {vigil.v1.DeployCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeployCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeployCommand deployId.
             * @member {string} deployId
             * @memberof vigil.v1.DeployCommand
             * @instance
             */
            DeployCommand.prototype.deployId = "";

            /**
             * DeployCommand manifest.
             * @member {vigil.v1.ModelManifest.$Properties|null|undefined} manifest
             * @memberof vigil.v1.DeployCommand
             * @instance
             */
            DeployCommand.prototype.manifest = null;

            /**
             * DeployCommand url.
             * @member {string} url
             * @memberof vigil.v1.DeployCommand
             * @instance
             */
            DeployCommand.prototype.url = "";

            /**
             * DeployCommand chunkCount.
             * @member {number} chunkCount
             * @memberof vigil.v1.DeployCommand
             * @instance
             */
            DeployCommand.prototype.chunkCount = 0;

            /**
             * DeployCommand mode.
             * @member {string} mode
             * @memberof vigil.v1.DeployCommand
             * @instance
             */
            DeployCommand.prototype.mode = "";

            /**
             * DeployCommand issuedTimeNs.
             * @member {Long} issuedTimeNs
             * @memberof vigil.v1.DeployCommand
             * @instance
             */
            DeployCommand.prototype.issuedTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new DeployCommand instance using the specified properties.
             * @function create
             * @memberof vigil.v1.DeployCommand
             * @static
             * @param {vigil.v1.DeployCommand.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.DeployCommand} DeployCommand instance
             * @type {{
             *   (properties: vigil.v1.DeployCommand.$Shape): vigil.v1.DeployCommand & vigil.v1.DeployCommand.$Shape;
             *   (properties?: vigil.v1.DeployCommand.$Properties): vigil.v1.DeployCommand;
             * }}
             */
            DeployCommand.create = function(properties) {
                return new DeployCommand(properties);
            };

            /**
             * Encodes the specified DeployCommand message. Does not implicitly {@link vigil.v1.DeployCommand.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.DeployCommand
             * @static
             * @param {vigil.v1.DeployCommand.$Properties} message DeployCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeployCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId") && message.deployId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deployId);
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    $root.vigil.v1.ModelManifest.encode(message.manifest, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.url);
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && message.chunkCount !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.chunkCount);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.mode);
                if (message.issuedTimeNs != null && $Object.hasOwnProperty.call(message, "issuedTimeNs") && (typeof message.issuedTimeNs === "object" ? message.issuedTimeNs.low || message.issuedTimeNs.high : message.issuedTimeNs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.issuedTimeNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeployCommand message, length delimited. Does not implicitly {@link vigil.v1.DeployCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.DeployCommand
             * @static
             * @param {vigil.v1.DeployCommand.$Properties} message DeployCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeployCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeployCommand message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.DeployCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.DeployCommand & vigil.v1.DeployCommand.$Shape} DeployCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeployCommand.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.DeployCommand();
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
                            if ((value = reader.stringVerify()).length)
                                message.deployId = value;
                            else
                                delete message.deployId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.manifest = $root.vigil.v1.ModelManifest.decode(reader, reader.size(), $undefined, _depth + 1, message.manifest);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chunkCount = value;
                            else
                                delete message.chunkCount;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedTimeNs = value;
                            else
                                delete message.issuedTimeNs;
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
             * Decodes a DeployCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.DeployCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.DeployCommand & vigil.v1.DeployCommand.$Shape} DeployCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeployCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeployCommand message.
             * @function verify
             * @memberof vigil.v1.DeployCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeployCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId"))
                    if (!$util.isString(message.deployId))
                        return "deployId: string expected";
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest")) {
                    let error = $root.vigil.v1.ModelManifest.verify(message.manifest, _depth + 1);
                    if (error)
                        return "manifest." + error;
                }
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    if (!$util.isString(message.url))
                        return "url: string expected";
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                    if (!$util.isInteger(message.chunkCount))
                        return "chunkCount: integer expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (!$util.isString(message.mode))
                        return "mode: string expected";
                if (message.issuedTimeNs != null && $Object.hasOwnProperty.call(message, "issuedTimeNs"))
                    if (!$util.isInteger(message.issuedTimeNs) && !(message.issuedTimeNs && $util.isInteger(message.issuedTimeNs.low) && $util.isInteger(message.issuedTimeNs.high)))
                        return "issuedTimeNs: integer|Long expected";
                return null;
            };

            /**
             * Creates a DeployCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.DeployCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.DeployCommand} DeployCommand
             */
            DeployCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.DeployCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.DeployCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.DeployCommand();
                if (object.deployId != null)
                    if (typeof object.deployId !== "string" || object.deployId.length)
                        message.deployId = $String(object.deployId);
                if (object.manifest != null) {
                    if (!$util.isObject(object.manifest))
                        throw $TypeError(".vigil.v1.DeployCommand.manifest: object expected");
                    message.manifest = $root.vigil.v1.ModelManifest.fromObject(object.manifest, _depth + 1);
                }
                if (object.url != null)
                    if (typeof object.url !== "string" || object.url.length)
                        message.url = $String(object.url);
                if (object.chunkCount != null)
                    if ($Number(object.chunkCount) !== 0)
                        message.chunkCount = object.chunkCount >>> 0;
                if (object.mode != null)
                    if (typeof object.mode !== "string" || object.mode.length)
                        message.mode = $String(object.mode);
                if (object.issuedTimeNs != null)
                    if (typeof object.issuedTimeNs === "object" ? object.issuedTimeNs.low || object.issuedTimeNs.high : $Number(object.issuedTimeNs) !== 0)
                        if ($util.Long)
                            message.issuedTimeNs = $util.Long.fromValue(object.issuedTimeNs, false);
                        else if (typeof object.issuedTimeNs === "string")
                            message.issuedTimeNs = $parseInt(object.issuedTimeNs, 10);
                        else if (typeof object.issuedTimeNs === "number")
                            message.issuedTimeNs = object.issuedTimeNs;
                        else if (typeof object.issuedTimeNs === "object")
                            message.issuedTimeNs = new $util.LongBits(object.issuedTimeNs.low >>> 0, object.issuedTimeNs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a DeployCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.DeployCommand
             * @static
             * @param {vigil.v1.DeployCommand} message DeployCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeployCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.deployId = "";
                    object.manifest = null;
                    object.url = "";
                    object.chunkCount = 0;
                    object.mode = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issuedTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId"))
                    object.deployId = message.deployId;
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    object.manifest = $root.vigil.v1.ModelManifest.toObject(message.manifest, options, _depth + 1);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    object.url = message.url;
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                    object.chunkCount = message.chunkCount;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                if (message.issuedTimeNs != null && $Object.hasOwnProperty.call(message, "issuedTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedTimeNs = typeof message.issuedTimeNs === "number" ? $BigInt(message.issuedTimeNs) : $util.Long.fromBits(message.issuedTimeNs.low >>> 0, message.issuedTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedTimeNs === "number")
                        object.issuedTimeNs = options.longs === $String ? $String(message.issuedTimeNs) : message.issuedTimeNs;
                    else
                        object.issuedTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedTimeNs) : options.longs === $Number ? new $util.LongBits(message.issuedTimeNs.low >>> 0, message.issuedTimeNs.high >>> 0).toNumber() : message.issuedTimeNs;
                return object;
            };

            /**
             * Converts this DeployCommand to JSON.
             * @function toJSON
             * @memberof vigil.v1.DeployCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeployCommand.prototype.toJSON = function() {
                return DeployCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeployCommand
             * @function getTypeUrl
             * @memberof vigil.v1.DeployCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeployCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.DeployCommand";
            };

            return DeployCommand;
        })();

        v1.ArtifactChunk = (function() {

            /**
             * Properties of an ArtifactChunk.
             * @typedef {Object} vigil.v1.ArtifactChunk.$Properties
             * @property {string|null} [deployId] ArtifactChunk deployId
             * @property {number|null} [index] ArtifactChunk index
             * @property {number|null} [count] ArtifactChunk count
             * @property {Uint8Array|null} [data] ArtifactChunk data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ArtifactChunk.
             * @memberof vigil.v1
             * @interface IArtifactChunk
             * @augments vigil.v1.ArtifactChunk.$Properties
             * @deprecated Use vigil.v1.ArtifactChunk.$Properties instead.
             */

            /**
             * Shape of an ArtifactChunk.
             * @typedef {vigil.v1.ArtifactChunk.$Properties} vigil.v1.ArtifactChunk.$Shape
             */

            /**
             * Constructs a new ArtifactChunk.
             * @memberof vigil.v1
             * @classdesc Represents an ArtifactChunk.
             * @constructor
             * @param {vigil.v1.ArtifactChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ArtifactChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ArtifactChunk deployId.
             * @member {string} deployId
             * @memberof vigil.v1.ArtifactChunk
             * @instance
             */
            ArtifactChunk.prototype.deployId = "";

            /**
             * ArtifactChunk index.
             * @member {number} index
             * @memberof vigil.v1.ArtifactChunk
             * @instance
             */
            ArtifactChunk.prototype.index = 0;

            /**
             * ArtifactChunk count.
             * @member {number} count
             * @memberof vigil.v1.ArtifactChunk
             * @instance
             */
            ArtifactChunk.prototype.count = 0;

            /**
             * ArtifactChunk data.
             * @member {Uint8Array} data
             * @memberof vigil.v1.ArtifactChunk
             * @instance
             */
            ArtifactChunk.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new ArtifactChunk instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ArtifactChunk
             * @static
             * @param {vigil.v1.ArtifactChunk.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.ArtifactChunk} ArtifactChunk instance
             * @type {{
             *   (properties: vigil.v1.ArtifactChunk.$Shape): vigil.v1.ArtifactChunk & vigil.v1.ArtifactChunk.$Shape;
             *   (properties?: vigil.v1.ArtifactChunk.$Properties): vigil.v1.ArtifactChunk;
             * }}
             */
            ArtifactChunk.create = function(properties) {
                return new ArtifactChunk(properties);
            };

            /**
             * Encodes the specified ArtifactChunk message. Does not implicitly {@link vigil.v1.ArtifactChunk.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ArtifactChunk
             * @static
             * @param {vigil.v1.ArtifactChunk.$Properties} message ArtifactChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArtifactChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId") && message.deployId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deployId);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.count);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ArtifactChunk message, length delimited. Does not implicitly {@link vigil.v1.ArtifactChunk.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ArtifactChunk
             * @static
             * @param {vigil.v1.ArtifactChunk.$Properties} message ArtifactChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArtifactChunk.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ArtifactChunk message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ArtifactChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ArtifactChunk & vigil.v1.ArtifactChunk.$Shape} ArtifactChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArtifactChunk.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.ArtifactChunk();
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
                            if ((value = reader.stringVerify()).length)
                                message.deployId = value;
                            else
                                delete message.deployId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
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
             * Decodes an ArtifactChunk message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ArtifactChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ArtifactChunk & vigil.v1.ArtifactChunk.$Shape} ArtifactChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArtifactChunk.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ArtifactChunk message.
             * @function verify
             * @memberof vigil.v1.ArtifactChunk
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ArtifactChunk.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId"))
                    if (!$util.isString(message.deployId))
                        return "deployId: string expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count))
                        return "count: integer expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                return null;
            };

            /**
             * Creates an ArtifactChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ArtifactChunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ArtifactChunk} ArtifactChunk
             */
            ArtifactChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.ArtifactChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.ArtifactChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.ArtifactChunk();
                if (object.deployId != null)
                    if (typeof object.deployId !== "string" || object.deployId.length)
                        message.deployId = $String(object.deployId);
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from an ArtifactChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ArtifactChunk
             * @static
             * @param {vigil.v1.ArtifactChunk} message ArtifactChunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ArtifactChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.deployId = "";
                    object.index = 0;
                    object.count = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId"))
                    object.deployId = message.deployId;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this ArtifactChunk to JSON.
             * @function toJSON
             * @memberof vigil.v1.ArtifactChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ArtifactChunk.prototype.toJSON = function() {
                return ArtifactChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ArtifactChunk
             * @function getTypeUrl
             * @memberof vigil.v1.ArtifactChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ArtifactChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.ArtifactChunk";
            };

            return ArtifactChunk;
        })();

        v1.DeviceStatus = (function() {

            /**
             * Properties of a DeviceStatus.
             * @typedef {Object} vigil.v1.DeviceStatus.$Properties
             * @property {string|null} [site] DeviceStatus site
             * @property {string|null} [device] DeviceStatus device
             * @property {Long|null} [timeNs] DeviceStatus timeNs
             * @property {boolean|null} [online] DeviceStatus online
             * @property {string|null} [activeModel] DeviceStatus activeModel
             * @property {string|null} [activeVersion] DeviceStatus activeVersion
             * @property {string|null} [shadowVersion] DeviceStatus shadowVersion
             * @property {string|null} [state] DeviceStatus state
             * @property {Object.<string,number>|null} [metrics] DeviceStatus metrics
             * @property {string|null} [deployId] DeviceStatus deployId
             * @property {Array.<string>|null} [storedVersions] DeviceStatus storedVersions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceStatus.
             * @memberof vigil.v1
             * @interface IDeviceStatus
             * @augments vigil.v1.DeviceStatus.$Properties
             * @deprecated Use vigil.v1.DeviceStatus.$Properties instead.
             */

            /**
             * Shape of a DeviceStatus.
             * @typedef {vigil.v1.DeviceStatus.$Properties} vigil.v1.DeviceStatus.$Shape
             */

            /**
             * Constructs a new DeviceStatus.
             * @memberof vigil.v1
             * @classdesc Represents a DeviceStatus.
             * @constructor
             * @param {vigil.v1.DeviceStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceStatus = function (properties) {
                this.metrics = {};
                this.storedVersions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceStatus site.
             * @member {string} site
             * @memberof vigil.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.site = "";

            /**
             * DeviceStatus device.
             * @member {string} device
             * @memberof vigil.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.device = "";

            /**
             * DeviceStatus timeNs.
             * @member {Long} timeNs
             * @memberof vigil.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeviceStatus online.
             * @member {boolean} online
             * @memberof vigil.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.online = false;

            /**
             * DeviceStatus activeModel.
             * @member {string} activeModel
             * @memberof vigil.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.activeModel = "";

            /**
             * DeviceStatus activeVersion.
             * @member {string} activeVersion
             * @memberof vigil.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.activeVersion = "";

            /**
             * DeviceStatus shadowVersion.
             * @member {string} shadowVersion
             * @memberof vigil.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.shadowVersion = "";

            /**
             * DeviceStatus state.
             * @member {string} state
             * @memberof vigil.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.state = "";

            /**
             * DeviceStatus metrics.
             * @member {Object.<string,number>} metrics
             * @memberof vigil.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.metrics = $util.emptyObject;

            /**
             * DeviceStatus deployId.
             * @member {string} deployId
             * @memberof vigil.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.deployId = "";

            /**
             * DeviceStatus storedVersions.
             * @member {Array.<string>} storedVersions
             * @memberof vigil.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.storedVersions = $util.emptyArray;

            /**
             * Creates a new DeviceStatus instance using the specified properties.
             * @function create
             * @memberof vigil.v1.DeviceStatus
             * @static
             * @param {vigil.v1.DeviceStatus.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.DeviceStatus} DeviceStatus instance
             * @type {{
             *   (properties: vigil.v1.DeviceStatus.$Shape): vigil.v1.DeviceStatus & vigil.v1.DeviceStatus.$Shape;
             *   (properties?: vigil.v1.DeviceStatus.$Properties): vigil.v1.DeviceStatus;
             * }}
             */
            DeviceStatus.create = function(properties) {
                return new DeviceStatus(properties);
            };

            /**
             * Encodes the specified DeviceStatus message. Does not implicitly {@link vigil.v1.DeviceStatus.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.DeviceStatus
             * @static
             * @param {vigil.v1.DeviceStatus.$Properties} message DeviceStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.site != null && $Object.hasOwnProperty.call(message, "site") && message.site !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.site);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.device);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.timeNs);
                if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.online);
                if (message.activeModel != null && $Object.hasOwnProperty.call(message, "activeModel") && message.activeModel !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.activeModel);
                if (message.activeVersion != null && $Object.hasOwnProperty.call(message, "activeVersion") && message.activeVersion !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.activeVersion);
                if (message.shadowVersion != null && $Object.hasOwnProperty.call(message, "shadowVersion") && message.shadowVersion !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.shadowVersion);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.state);
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics"))
                    for (let keys = $Object.keys(message.metrics), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.metrics[keys[i]]).ldelim();
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId") && message.deployId !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.deployId);
                if (message.storedVersions != null && message.storedVersions.length)
                    for (let i = 0; i < message.storedVersions.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.storedVersions[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeviceStatus message, length delimited. Does not implicitly {@link vigil.v1.DeviceStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.DeviceStatus
             * @static
             * @param {vigil.v1.DeviceStatus.$Properties} message DeviceStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.DeviceStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.DeviceStatus & vigil.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.DeviceStatus();
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
                            if ((value = reader.stringVerify()).length)
                                message.site = value;
                            else
                                delete message.site;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.online = value;
                            else
                                delete message.online;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activeModel = value;
                            else
                                delete message.activeModel;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activeVersion = value;
                            else
                                delete message.activeVersion;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.shadowVersion = value;
                            else
                                delete message.shadowVersion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (message.metrics === $util.emptyObject)
                                message.metrics = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metrics, key);
                            message.metrics[key] = value;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deployId = value;
                            else
                                delete message.deployId;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.storedVersions && message.storedVersions.length))
                                message.storedVersions = [];
                            message.storedVersions.push(reader.stringVerify());
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
             * Decodes a DeviceStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.DeviceStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.DeviceStatus & vigil.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceStatus message.
             * @function verify
             * @memberof vigil.v1.DeviceStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.site != null && $Object.hasOwnProperty.call(message, "site"))
                    if (!$util.isString(message.site))
                        return "site: string expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    if (typeof message.online !== "boolean")
                        return "online: boolean expected";
                if (message.activeModel != null && $Object.hasOwnProperty.call(message, "activeModel"))
                    if (!$util.isString(message.activeModel))
                        return "activeModel: string expected";
                if (message.activeVersion != null && $Object.hasOwnProperty.call(message, "activeVersion"))
                    if (!$util.isString(message.activeVersion))
                        return "activeVersion: string expected";
                if (message.shadowVersion != null && $Object.hasOwnProperty.call(message, "shadowVersion"))
                    if (!$util.isString(message.shadowVersion))
                        return "shadowVersion: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics")) {
                    if (!$util.isObject(message.metrics))
                        return "metrics: object expected";
                    let key = $Object.keys(message.metrics);
                    for (let i = 0; i < key.length; ++i)
                        if (typeof message.metrics[key[i]] !== "number")
                            return "metrics: number{k:string} expected";
                }
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId"))
                    if (!$util.isString(message.deployId))
                        return "deployId: string expected";
                if (message.storedVersions != null && $Object.hasOwnProperty.call(message, "storedVersions")) {
                    if (!$Array.isArray(message.storedVersions))
                        return "storedVersions: array expected";
                    for (let i = 0; i < message.storedVersions.length; ++i)
                        if (!$util.isString(message.storedVersions[i]))
                            return "storedVersions: string[] expected";
                }
                return null;
            };

            /**
             * Creates a DeviceStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.DeviceStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.DeviceStatus} DeviceStatus
             */
            DeviceStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.DeviceStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.DeviceStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.DeviceStatus();
                if (object.site != null)
                    if (typeof object.site !== "string" || object.site.length)
                        message.site = $String(object.site);
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, false);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber();
                if (object.online != null)
                    if (object.online)
                        message.online = $Boolean(object.online);
                if (object.activeModel != null)
                    if (typeof object.activeModel !== "string" || object.activeModel.length)
                        message.activeModel = $String(object.activeModel);
                if (object.activeVersion != null)
                    if (typeof object.activeVersion !== "string" || object.activeVersion.length)
                        message.activeVersion = $String(object.activeVersion);
                if (object.shadowVersion != null)
                    if (typeof object.shadowVersion !== "string" || object.shadowVersion.length)
                        message.shadowVersion = $String(object.shadowVersion);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.metrics) {
                    if (!$util.isObject(object.metrics))
                        throw $TypeError(".vigil.v1.DeviceStatus.metrics: object expected");
                    message.metrics = {};
                    for (let keys = $Object.keys(object.metrics), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metrics, keys[i]);
                        message.metrics[keys[i]] = $Number(object.metrics[keys[i]]);
                    }
                }
                if (object.deployId != null)
                    if (typeof object.deployId !== "string" || object.deployId.length)
                        message.deployId = $String(object.deployId);
                if (object.storedVersions) {
                    if (!$Array.isArray(object.storedVersions))
                        throw $TypeError(".vigil.v1.DeviceStatus.storedVersions: array expected");
                    message.storedVersions = $Array(object.storedVersions.length);
                    for (let i = 0; i < object.storedVersions.length; ++i)
                        message.storedVersions[i] = $String(object.storedVersions[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a DeviceStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.DeviceStatus
             * @static
             * @param {vigil.v1.DeviceStatus} message DeviceStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.storedVersions = [];
                if (options.objects || options.defaults)
                    object.metrics = {};
                if (options.defaults) {
                    object.site = "";
                    object.device = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.online = false;
                    object.activeModel = "";
                    object.activeVersion = "";
                    object.shadowVersion = "";
                    object.state = "";
                    object.deployId = "";
                }
                if (message.site != null && $Object.hasOwnProperty.call(message, "site"))
                    object.site = message.site;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber() : message.timeNs;
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    object.online = message.online;
                if (message.activeModel != null && $Object.hasOwnProperty.call(message, "activeModel"))
                    object.activeModel = message.activeModel;
                if (message.activeVersion != null && $Object.hasOwnProperty.call(message, "activeVersion"))
                    object.activeVersion = message.activeVersion;
                if (message.shadowVersion != null && $Object.hasOwnProperty.call(message, "shadowVersion"))
                    object.shadowVersion = message.shadowVersion;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                let keys2;
                if (message.metrics && (keys2 = $Object.keys(message.metrics)).length) {
                    object.metrics = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metrics, keys2[j]);
                        object.metrics[keys2[j]] = options.json && !$isFinite(message.metrics[keys2[j]]) ? $String(message.metrics[keys2[j]]) : message.metrics[keys2[j]];
                    }
                }
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId"))
                    object.deployId = message.deployId;
                if (message.storedVersions && message.storedVersions.length) {
                    object.storedVersions = $Array(message.storedVersions.length);
                    for (let j = 0; j < message.storedVersions.length; ++j)
                        object.storedVersions[j] = message.storedVersions[j];
                }
                return object;
            };

            /**
             * Converts this DeviceStatus to JSON.
             * @function toJSON
             * @memberof vigil.v1.DeviceStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceStatus.prototype.toJSON = function() {
                return DeviceStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceStatus
             * @function getTypeUrl
             * @memberof vigil.v1.DeviceStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.DeviceStatus";
            };

            return DeviceStatus;
        })();

        v1.RiskEvent = (function() {

            /**
             * Properties of a RiskEvent.
             * @typedef {Object} vigil.v1.RiskEvent.$Properties
             * @property {string|null} [eventId] RiskEvent eventId
             * @property {string|null} [site] RiskEvent site
             * @property {string|null} [device] RiskEvent device
             * @property {vigil.v1.RiskAssessment.$Properties|null} [assessment] RiskEvent assessment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RiskEvent.
             * @memberof vigil.v1
             * @interface IRiskEvent
             * @augments vigil.v1.RiskEvent.$Properties
             * @deprecated Use vigil.v1.RiskEvent.$Properties instead.
             */

            /**
             * Shape of a RiskEvent.
             * @typedef {vigil.v1.RiskEvent.$Properties} vigil.v1.RiskEvent.$Shape
             */

            /**
             * Constructs a new RiskEvent.
             * @memberof vigil.v1
             * @classdesc Represents a RiskEvent.
             * @constructor
             * @param {vigil.v1.RiskEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RiskEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RiskEvent eventId.
             * @member {string} eventId
             * @memberof vigil.v1.RiskEvent
             * @instance
             */
            RiskEvent.prototype.eventId = "";

            /**
             * RiskEvent site.
             * @member {string} site
             * @memberof vigil.v1.RiskEvent
             * @instance
             */
            RiskEvent.prototype.site = "";

            /**
             * RiskEvent device.
             * @member {string} device
             * @memberof vigil.v1.RiskEvent
             * @instance
             */
            RiskEvent.prototype.device = "";

            /**
             * RiskEvent assessment.
             * @member {vigil.v1.RiskAssessment.$Properties|null|undefined} assessment
             * @memberof vigil.v1.RiskEvent
             * @instance
             */
            RiskEvent.prototype.assessment = null;

            /**
             * Creates a new RiskEvent instance using the specified properties.
             * @function create
             * @memberof vigil.v1.RiskEvent
             * @static
             * @param {vigil.v1.RiskEvent.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.RiskEvent} RiskEvent instance
             * @type {{
             *   (properties: vigil.v1.RiskEvent.$Shape): vigil.v1.RiskEvent & vigil.v1.RiskEvent.$Shape;
             *   (properties?: vigil.v1.RiskEvent.$Properties): vigil.v1.RiskEvent;
             * }}
             */
            RiskEvent.create = function(properties) {
                return new RiskEvent(properties);
            };

            /**
             * Encodes the specified RiskEvent message. Does not implicitly {@link vigil.v1.RiskEvent.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.RiskEvent
             * @static
             * @param {vigil.v1.RiskEvent.$Properties} message RiskEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RiskEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId") && message.eventId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.eventId);
                if (message.site != null && $Object.hasOwnProperty.call(message, "site") && message.site !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.site);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.device);
                if (message.assessment != null && $Object.hasOwnProperty.call(message, "assessment"))
                    $root.vigil.v1.RiskAssessment.encode(message.assessment, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RiskEvent message, length delimited. Does not implicitly {@link vigil.v1.RiskEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.RiskEvent
             * @static
             * @param {vigil.v1.RiskEvent.$Properties} message RiskEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RiskEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RiskEvent message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.RiskEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.RiskEvent & vigil.v1.RiskEvent.$Shape} RiskEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RiskEvent.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.RiskEvent();
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
                            if ((value = reader.stringVerify()).length)
                                message.eventId = value;
                            else
                                delete message.eventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.site = value;
                            else
                                delete message.site;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.assessment = $root.vigil.v1.RiskAssessment.decode(reader, reader.size(), $undefined, _depth + 1, message.assessment);
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
             * Decodes a RiskEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.RiskEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.RiskEvent & vigil.v1.RiskEvent.$Shape} RiskEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RiskEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RiskEvent message.
             * @function verify
             * @memberof vigil.v1.RiskEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RiskEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    if (!$util.isString(message.eventId))
                        return "eventId: string expected";
                if (message.site != null && $Object.hasOwnProperty.call(message, "site"))
                    if (!$util.isString(message.site))
                        return "site: string expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.assessment != null && $Object.hasOwnProperty.call(message, "assessment")) {
                    let error = $root.vigil.v1.RiskAssessment.verify(message.assessment, _depth + 1);
                    if (error)
                        return "assessment." + error;
                }
                return null;
            };

            /**
             * Creates a RiskEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.RiskEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.RiskEvent} RiskEvent
             */
            RiskEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.RiskEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.RiskEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.RiskEvent();
                if (object.eventId != null)
                    if (typeof object.eventId !== "string" || object.eventId.length)
                        message.eventId = $String(object.eventId);
                if (object.site != null)
                    if (typeof object.site !== "string" || object.site.length)
                        message.site = $String(object.site);
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.assessment != null) {
                    if (!$util.isObject(object.assessment))
                        throw $TypeError(".vigil.v1.RiskEvent.assessment: object expected");
                    message.assessment = $root.vigil.v1.RiskAssessment.fromObject(object.assessment, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RiskEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.RiskEvent
             * @static
             * @param {vigil.v1.RiskEvent} message RiskEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RiskEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.eventId = "";
                    object.site = "";
                    object.device = "";
                    object.assessment = null;
                }
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    object.eventId = message.eventId;
                if (message.site != null && $Object.hasOwnProperty.call(message, "site"))
                    object.site = message.site;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.assessment != null && $Object.hasOwnProperty.call(message, "assessment"))
                    object.assessment = $root.vigil.v1.RiskAssessment.toObject(message.assessment, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RiskEvent to JSON.
             * @function toJSON
             * @memberof vigil.v1.RiskEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RiskEvent.prototype.toJSON = function() {
                return RiskEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RiskEvent
             * @function getTypeUrl
             * @memberof vigil.v1.RiskEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RiskEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.RiskEvent";
            };

            return RiskEvent;
        })();

        v1.Telemetry = (function() {

            /**
             * Properties of a Telemetry.
             * @typedef {Object} vigil.v1.Telemetry.$Properties
             * @property {string|null} [messageId] Telemetry messageId
             * @property {string|null} [site] Telemetry site
             * @property {string|null} [device] Telemetry device
             * @property {Long|null} [timeNs] Telemetry timeNs
             * @property {Object.<string,number>|null} [values] Telemetry values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Telemetry.
             * @memberof vigil.v1
             * @interface ITelemetry
             * @augments vigil.v1.Telemetry.$Properties
             * @deprecated Use vigil.v1.Telemetry.$Properties instead.
             */

            /**
             * Shape of a Telemetry.
             * @typedef {vigil.v1.Telemetry.$Properties} vigil.v1.Telemetry.$Shape
             */

            /**
             * Constructs a new Telemetry.
             * @memberof vigil.v1
             * @classdesc Represents a Telemetry.
             * @constructor
             * @param {vigil.v1.Telemetry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Telemetry = function (properties) {
                this.values = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Telemetry messageId.
             * @member {string} messageId
             * @memberof vigil.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.messageId = "";

            /**
             * Telemetry site.
             * @member {string} site
             * @memberof vigil.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.site = "";

            /**
             * Telemetry device.
             * @member {string} device
             * @memberof vigil.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.device = "";

            /**
             * Telemetry timeNs.
             * @member {Long} timeNs
             * @memberof vigil.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Telemetry values.
             * @member {Object.<string,number>} values
             * @memberof vigil.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.values = $util.emptyObject;

            /**
             * Creates a new Telemetry instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Telemetry
             * @static
             * @param {vigil.v1.Telemetry.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Telemetry} Telemetry instance
             * @type {{
             *   (properties: vigil.v1.Telemetry.$Shape): vigil.v1.Telemetry & vigil.v1.Telemetry.$Shape;
             *   (properties?: vigil.v1.Telemetry.$Properties): vigil.v1.Telemetry;
             * }}
             */
            Telemetry.create = function(properties) {
                return new Telemetry(properties);
            };

            /**
             * Encodes the specified Telemetry message. Does not implicitly {@link vigil.v1.Telemetry.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Telemetry
             * @static
             * @param {vigil.v1.Telemetry.$Properties} message Telemetry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Telemetry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.site != null && $Object.hasOwnProperty.call(message, "site") && message.site !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.site);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.device);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timeNs);
                if (message.values != null && $Object.hasOwnProperty.call(message, "values"))
                    for (let keys = $Object.keys(message.values), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.values[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Telemetry message, length delimited. Does not implicitly {@link vigil.v1.Telemetry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Telemetry
             * @static
             * @param {vigil.v1.Telemetry.$Properties} message Telemetry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Telemetry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Telemetry message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Telemetry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Telemetry & vigil.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Telemetry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Telemetry();
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
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.site = value;
                            else
                                delete message.site;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.values === $util.emptyObject)
                                message.values = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.values, key);
                            message.values[key] = value;
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
             * Decodes a Telemetry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Telemetry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Telemetry & vigil.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Telemetry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Telemetry message.
             * @function verify
             * @memberof vigil.v1.Telemetry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Telemetry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.site != null && $Object.hasOwnProperty.call(message, "site"))
                    if (!$util.isString(message.site))
                        return "site: string expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                    if (!$util.isObject(message.values))
                        return "values: object expected";
                    let key = $Object.keys(message.values);
                    for (let i = 0; i < key.length; ++i)
                        if (typeof message.values[key[i]] !== "number")
                            return "values: number{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Telemetry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Telemetry} Telemetry
             */
            Telemetry.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Telemetry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Telemetry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Telemetry();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.site != null)
                    if (typeof object.site !== "string" || object.site.length)
                        message.site = $String(object.site);
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, false);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber();
                if (object.values) {
                    if (!$util.isObject(object.values))
                        throw $TypeError(".vigil.v1.Telemetry.values: object expected");
                    message.values = {};
                    for (let keys = $Object.keys(object.values), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.values, keys[i]);
                        message.values[keys[i]] = $Number(object.values[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Telemetry
             * @static
             * @param {vigil.v1.Telemetry} message Telemetry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Telemetry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.values = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.site = "";
                    object.device = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.site != null && $Object.hasOwnProperty.call(message, "site"))
                    object.site = message.site;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber() : message.timeNs;
                let keys2;
                if (message.values && (keys2 = $Object.keys(message.values)).length) {
                    object.values = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.values, keys2[j]);
                        object.values[keys2[j]] = options.json && !$isFinite(message.values[keys2[j]]) ? $String(message.values[keys2[j]]) : message.values[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this Telemetry to JSON.
             * @function toJSON
             * @memberof vigil.v1.Telemetry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Telemetry.prototype.toJSON = function() {
                return Telemetry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Telemetry
             * @function getTypeUrl
             * @memberof vigil.v1.Telemetry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Telemetry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Telemetry";
            };

            return Telemetry;
        })();

        v1.ModelStatusReport = (function() {

            /**
             * Properties of a ModelStatusReport.
             * @typedef {Object} vigil.v1.ModelStatusReport.$Properties
             * @property {string|null} [messageId] ModelStatusReport messageId
             * @property {string|null} [site] ModelStatusReport site
             * @property {string|null} [device] ModelStatusReport device
             * @property {Long|null} [timeNs] ModelStatusReport timeNs
             * @property {string|null} [deployId] ModelStatusReport deployId
             * @property {string|null} [modelName] ModelStatusReport modelName
             * @property {string|null} [version] ModelStatusReport version
             * @property {string|null} [state] ModelStatusReport state
             * @property {string|null} [reasonCode] ModelStatusReport reasonCode
             * @property {string|null} [detail] ModelStatusReport detail
             * @property {Object.<string,number>|null} [metrics] ModelStatusReport metrics
             * @property {string|null} [previousVersion] ModelStatusReport previousVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelStatusReport.
             * @memberof vigil.v1
             * @interface IModelStatusReport
             * @augments vigil.v1.ModelStatusReport.$Properties
             * @deprecated Use vigil.v1.ModelStatusReport.$Properties instead.
             */

            /**
             * Shape of a ModelStatusReport.
             * @typedef {vigil.v1.ModelStatusReport.$Properties} vigil.v1.ModelStatusReport.$Shape
             */

            /**
             * Constructs a new ModelStatusReport.
             * @memberof vigil.v1
             * @classdesc Represents a ModelStatusReport.
             * @constructor
             * @param {vigil.v1.ModelStatusReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelStatusReport = function (properties) {
                this.metrics = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ModelStatusReport messageId.
             * @member {string} messageId
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             */
            ModelStatusReport.prototype.messageId = "";

            /**
             * ModelStatusReport site.
             * @member {string} site
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             */
            ModelStatusReport.prototype.site = "";

            /**
             * ModelStatusReport device.
             * @member {string} device
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             */
            ModelStatusReport.prototype.device = "";

            /**
             * ModelStatusReport timeNs.
             * @member {Long} timeNs
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             */
            ModelStatusReport.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ModelStatusReport deployId.
             * @member {string} deployId
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             */
            ModelStatusReport.prototype.deployId = "";

            /**
             * ModelStatusReport modelName.
             * @member {string} modelName
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             */
            ModelStatusReport.prototype.modelName = "";

            /**
             * ModelStatusReport version.
             * @member {string} version
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             */
            ModelStatusReport.prototype.version = "";

            /**
             * ModelStatusReport state.
             * @member {string} state
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             */
            ModelStatusReport.prototype.state = "";

            /**
             * ModelStatusReport reasonCode.
             * @member {string} reasonCode
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             */
            ModelStatusReport.prototype.reasonCode = "";

            /**
             * ModelStatusReport detail.
             * @member {string} detail
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             */
            ModelStatusReport.prototype.detail = "";

            /**
             * ModelStatusReport metrics.
             * @member {Object.<string,number>} metrics
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             */
            ModelStatusReport.prototype.metrics = $util.emptyObject;

            /**
             * ModelStatusReport previousVersion.
             * @member {string} previousVersion
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             */
            ModelStatusReport.prototype.previousVersion = "";

            /**
             * Creates a new ModelStatusReport instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ModelStatusReport
             * @static
             * @param {vigil.v1.ModelStatusReport.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.ModelStatusReport} ModelStatusReport instance
             * @type {{
             *   (properties: vigil.v1.ModelStatusReport.$Shape): vigil.v1.ModelStatusReport & vigil.v1.ModelStatusReport.$Shape;
             *   (properties?: vigil.v1.ModelStatusReport.$Properties): vigil.v1.ModelStatusReport;
             * }}
             */
            ModelStatusReport.create = function(properties) {
                return new ModelStatusReport(properties);
            };

            /**
             * Encodes the specified ModelStatusReport message. Does not implicitly {@link vigil.v1.ModelStatusReport.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ModelStatusReport
             * @static
             * @param {vigil.v1.ModelStatusReport.$Properties} message ModelStatusReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelStatusReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.site != null && $Object.hasOwnProperty.call(message, "site") && message.site !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.site);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.device);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timeNs);
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId") && message.deployId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.deployId);
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName") && message.modelName !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.modelName);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.version);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.state);
                if (message.reasonCode != null && $Object.hasOwnProperty.call(message, "reasonCode") && message.reasonCode !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.reasonCode);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.detail);
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics"))
                    for (let keys = $Object.keys(message.metrics), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.metrics[keys[i]]).ldelim();
                if (message.previousVersion != null && $Object.hasOwnProperty.call(message, "previousVersion") && message.previousVersion !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.previousVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ModelStatusReport message, length delimited. Does not implicitly {@link vigil.v1.ModelStatusReport.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ModelStatusReport
             * @static
             * @param {vigil.v1.ModelStatusReport.$Properties} message ModelStatusReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelStatusReport.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ModelStatusReport message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ModelStatusReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ModelStatusReport & vigil.v1.ModelStatusReport.$Shape} ModelStatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelStatusReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.ModelStatusReport();
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
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.site = value;
                            else
                                delete message.site;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deployId = value;
                            else
                                delete message.deployId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelName = value;
                            else
                                delete message.modelName;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reasonCode = value;
                            else
                                delete message.reasonCode;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (message.metrics === $util.emptyObject)
                                message.metrics = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metrics, key);
                            message.metrics[key] = value;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.previousVersion = value;
                            else
                                delete message.previousVersion;
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
             * Decodes a ModelStatusReport message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ModelStatusReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ModelStatusReport & vigil.v1.ModelStatusReport.$Shape} ModelStatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelStatusReport.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ModelStatusReport message.
             * @function verify
             * @memberof vigil.v1.ModelStatusReport
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelStatusReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.site != null && $Object.hasOwnProperty.call(message, "site"))
                    if (!$util.isString(message.site))
                        return "site: string expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId"))
                    if (!$util.isString(message.deployId))
                        return "deployId: string expected";
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                    if (!$util.isString(message.modelName))
                        return "modelName: string expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.reasonCode != null && $Object.hasOwnProperty.call(message, "reasonCode"))
                    if (!$util.isString(message.reasonCode))
                        return "reasonCode: string expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics")) {
                    if (!$util.isObject(message.metrics))
                        return "metrics: object expected";
                    let key = $Object.keys(message.metrics);
                    for (let i = 0; i < key.length; ++i)
                        if (typeof message.metrics[key[i]] !== "number")
                            return "metrics: number{k:string} expected";
                }
                if (message.previousVersion != null && $Object.hasOwnProperty.call(message, "previousVersion"))
                    if (!$util.isString(message.previousVersion))
                        return "previousVersion: string expected";
                return null;
            };

            /**
             * Creates a ModelStatusReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ModelStatusReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ModelStatusReport} ModelStatusReport
             */
            ModelStatusReport.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.ModelStatusReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.ModelStatusReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.ModelStatusReport();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.site != null)
                    if (typeof object.site !== "string" || object.site.length)
                        message.site = $String(object.site);
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, false);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber();
                if (object.deployId != null)
                    if (typeof object.deployId !== "string" || object.deployId.length)
                        message.deployId = $String(object.deployId);
                if (object.modelName != null)
                    if (typeof object.modelName !== "string" || object.modelName.length)
                        message.modelName = $String(object.modelName);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.reasonCode != null)
                    if (typeof object.reasonCode !== "string" || object.reasonCode.length)
                        message.reasonCode = $String(object.reasonCode);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                if (object.metrics) {
                    if (!$util.isObject(object.metrics))
                        throw $TypeError(".vigil.v1.ModelStatusReport.metrics: object expected");
                    message.metrics = {};
                    for (let keys = $Object.keys(object.metrics), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metrics, keys[i]);
                        message.metrics[keys[i]] = $Number(object.metrics[keys[i]]);
                    }
                }
                if (object.previousVersion != null)
                    if (typeof object.previousVersion !== "string" || object.previousVersion.length)
                        message.previousVersion = $String(object.previousVersion);
                return message;
            };

            /**
             * Creates a plain object from a ModelStatusReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ModelStatusReport
             * @static
             * @param {vigil.v1.ModelStatusReport} message ModelStatusReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelStatusReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.metrics = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.site = "";
                    object.device = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.deployId = "";
                    object.modelName = "";
                    object.version = "";
                    object.state = "";
                    object.reasonCode = "";
                    object.detail = "";
                    object.previousVersion = "";
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.site != null && $Object.hasOwnProperty.call(message, "site"))
                    object.site = message.site;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber() : message.timeNs;
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId"))
                    object.deployId = message.deployId;
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                    object.modelName = message.modelName;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.reasonCode != null && $Object.hasOwnProperty.call(message, "reasonCode"))
                    object.reasonCode = message.reasonCode;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                let keys2;
                if (message.metrics && (keys2 = $Object.keys(message.metrics)).length) {
                    object.metrics = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metrics, keys2[j]);
                        object.metrics[keys2[j]] = options.json && !$isFinite(message.metrics[keys2[j]]) ? $String(message.metrics[keys2[j]]) : message.metrics[keys2[j]];
                    }
                }
                if (message.previousVersion != null && $Object.hasOwnProperty.call(message, "previousVersion"))
                    object.previousVersion = message.previousVersion;
                return object;
            };

            /**
             * Converts this ModelStatusReport to JSON.
             * @function toJSON
             * @memberof vigil.v1.ModelStatusReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelStatusReport.prototype.toJSON = function() {
                return ModelStatusReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ModelStatusReport
             * @function getTypeUrl
             * @memberof vigil.v1.ModelStatusReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelStatusReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.ModelStatusReport";
            };

            return ModelStatusReport;
        })();

        v1.RollbackCommand = (function() {

            /**
             * Properties of a RollbackCommand.
             * @typedef {Object} vigil.v1.RollbackCommand.$Properties
             * @property {string|null} [deployId] RollbackCommand deployId
             * @property {string|null} [modelName] RollbackCommand modelName
             * @property {string|null} [toVersion] RollbackCommand toVersion
             * @property {string|null} [reason] RollbackCommand reason
             * @property {Long|null} [issuedTimeNs] RollbackCommand issuedTimeNs
             * @property {string|null} [keyId] RollbackCommand keyId
             * @property {Uint8Array|null} [signature] RollbackCommand signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RollbackCommand.
             * @memberof vigil.v1
             * @interface IRollbackCommand
             * @augments vigil.v1.RollbackCommand.$Properties
             * @deprecated Use vigil.v1.RollbackCommand.$Properties instead.
             */

            /**
             * Shape of a RollbackCommand.
             * @typedef {vigil.v1.RollbackCommand.$Properties} vigil.v1.RollbackCommand.$Shape
             */

            /**
             * Constructs a new RollbackCommand.
             * @memberof vigil.v1
             * @classdesc Represents a RollbackCommand.
             * @constructor
             * @param {vigil.v1.RollbackCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RollbackCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RollbackCommand deployId.
             * @member {string} deployId
             * @memberof vigil.v1.RollbackCommand
             * @instance
             */
            RollbackCommand.prototype.deployId = "";

            /**
             * RollbackCommand modelName.
             * @member {string} modelName
             * @memberof vigil.v1.RollbackCommand
             * @instance
             */
            RollbackCommand.prototype.modelName = "";

            /**
             * RollbackCommand toVersion.
             * @member {string} toVersion
             * @memberof vigil.v1.RollbackCommand
             * @instance
             */
            RollbackCommand.prototype.toVersion = "";

            /**
             * RollbackCommand reason.
             * @member {string} reason
             * @memberof vigil.v1.RollbackCommand
             * @instance
             */
            RollbackCommand.prototype.reason = "";

            /**
             * RollbackCommand issuedTimeNs.
             * @member {Long} issuedTimeNs
             * @memberof vigil.v1.RollbackCommand
             * @instance
             */
            RollbackCommand.prototype.issuedTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RollbackCommand keyId.
             * @member {string} keyId
             * @memberof vigil.v1.RollbackCommand
             * @instance
             */
            RollbackCommand.prototype.keyId = "";

            /**
             * RollbackCommand signature.
             * @member {Uint8Array} signature
             * @memberof vigil.v1.RollbackCommand
             * @instance
             */
            RollbackCommand.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new RollbackCommand instance using the specified properties.
             * @function create
             * @memberof vigil.v1.RollbackCommand
             * @static
             * @param {vigil.v1.RollbackCommand.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.RollbackCommand} RollbackCommand instance
             * @type {{
             *   (properties: vigil.v1.RollbackCommand.$Shape): vigil.v1.RollbackCommand & vigil.v1.RollbackCommand.$Shape;
             *   (properties?: vigil.v1.RollbackCommand.$Properties): vigil.v1.RollbackCommand;
             * }}
             */
            RollbackCommand.create = function(properties) {
                return new RollbackCommand(properties);
            };

            /**
             * Encodes the specified RollbackCommand message. Does not implicitly {@link vigil.v1.RollbackCommand.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.RollbackCommand
             * @static
             * @param {vigil.v1.RollbackCommand.$Properties} message RollbackCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RollbackCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId") && message.deployId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deployId);
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName") && message.modelName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.modelName);
                if (message.toVersion != null && $Object.hasOwnProperty.call(message, "toVersion") && message.toVersion !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.toVersion);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.issuedTimeNs != null && $Object.hasOwnProperty.call(message, "issuedTimeNs") && (typeof message.issuedTimeNs === "object" ? message.issuedTimeNs.low || message.issuedTimeNs.high : message.issuedTimeNs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.issuedTimeNs);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.keyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RollbackCommand message, length delimited. Does not implicitly {@link vigil.v1.RollbackCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.RollbackCommand
             * @static
             * @param {vigil.v1.RollbackCommand.$Properties} message RollbackCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RollbackCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RollbackCommand message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.RollbackCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.RollbackCommand & vigil.v1.RollbackCommand.$Shape} RollbackCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RollbackCommand.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.RollbackCommand();
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
                            if ((value = reader.stringVerify()).length)
                                message.deployId = value;
                            else
                                delete message.deployId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelName = value;
                            else
                                delete message.modelName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toVersion = value;
                            else
                                delete message.toVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedTimeNs = value;
                            else
                                delete message.issuedTimeNs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
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
             * Decodes a RollbackCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.RollbackCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.RollbackCommand & vigil.v1.RollbackCommand.$Shape} RollbackCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RollbackCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RollbackCommand message.
             * @function verify
             * @memberof vigil.v1.RollbackCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RollbackCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId"))
                    if (!$util.isString(message.deployId))
                        return "deployId: string expected";
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                    if (!$util.isString(message.modelName))
                        return "modelName: string expected";
                if (message.toVersion != null && $Object.hasOwnProperty.call(message, "toVersion"))
                    if (!$util.isString(message.toVersion))
                        return "toVersion: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.issuedTimeNs != null && $Object.hasOwnProperty.call(message, "issuedTimeNs"))
                    if (!$util.isInteger(message.issuedTimeNs) && !(message.issuedTimeNs && $util.isInteger(message.issuedTimeNs.low) && $util.isInteger(message.issuedTimeNs.high)))
                        return "issuedTimeNs: integer|Long expected";
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    if (!$util.isString(message.keyId))
                        return "keyId: string expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates a RollbackCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.RollbackCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.RollbackCommand} RollbackCommand
             */
            RollbackCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.RollbackCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.RollbackCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.RollbackCommand();
                if (object.deployId != null)
                    if (typeof object.deployId !== "string" || object.deployId.length)
                        message.deployId = $String(object.deployId);
                if (object.modelName != null)
                    if (typeof object.modelName !== "string" || object.modelName.length)
                        message.modelName = $String(object.modelName);
                if (object.toVersion != null)
                    if (typeof object.toVersion !== "string" || object.toVersion.length)
                        message.toVersion = $String(object.toVersion);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.issuedTimeNs != null)
                    if (typeof object.issuedTimeNs === "object" ? object.issuedTimeNs.low || object.issuedTimeNs.high : $Number(object.issuedTimeNs) !== 0)
                        if ($util.Long)
                            message.issuedTimeNs = $util.Long.fromValue(object.issuedTimeNs, false);
                        else if (typeof object.issuedTimeNs === "string")
                            message.issuedTimeNs = $parseInt(object.issuedTimeNs, 10);
                        else if (typeof object.issuedTimeNs === "number")
                            message.issuedTimeNs = object.issuedTimeNs;
                        else if (typeof object.issuedTimeNs === "object")
                            message.issuedTimeNs = new $util.LongBits(object.issuedTimeNs.low >>> 0, object.issuedTimeNs.high >>> 0).toNumber();
                if (object.keyId != null)
                    if (typeof object.keyId !== "string" || object.keyId.length)
                        message.keyId = $String(object.keyId);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a RollbackCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.RollbackCommand
             * @static
             * @param {vigil.v1.RollbackCommand} message RollbackCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RollbackCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.deployId = "";
                    object.modelName = "";
                    object.toVersion = "";
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issuedTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.keyId = "";
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.deployId != null && $Object.hasOwnProperty.call(message, "deployId"))
                    object.deployId = message.deployId;
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                    object.modelName = message.modelName;
                if (message.toVersion != null && $Object.hasOwnProperty.call(message, "toVersion"))
                    object.toVersion = message.toVersion;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.issuedTimeNs != null && $Object.hasOwnProperty.call(message, "issuedTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedTimeNs = typeof message.issuedTimeNs === "number" ? $BigInt(message.issuedTimeNs) : $util.Long.fromBits(message.issuedTimeNs.low >>> 0, message.issuedTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedTimeNs === "number")
                        object.issuedTimeNs = options.longs === $String ? $String(message.issuedTimeNs) : message.issuedTimeNs;
                    else
                        object.issuedTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedTimeNs) : options.longs === $Number ? new $util.LongBits(message.issuedTimeNs.low >>> 0, message.issuedTimeNs.high >>> 0).toNumber() : message.issuedTimeNs;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = message.keyId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this RollbackCommand to JSON.
             * @function toJSON
             * @memberof vigil.v1.RollbackCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RollbackCommand.prototype.toJSON = function() {
                return RollbackCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RollbackCommand
             * @function getTypeUrl
             * @memberof vigil.v1.RollbackCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RollbackCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.RollbackCommand";
            };

            return RollbackCommand;
        })();

        v1.DriftEvent = (function() {

            /**
             * Properties of a DriftEvent.
             * @typedef {Object} vigil.v1.DriftEvent.$Properties
             * @property {string|null} [eventId] DriftEvent eventId
             * @property {string|null} [site] DriftEvent site
             * @property {string|null} [device] DriftEvent device
             * @property {Long|null} [timeNs] DriftEvent timeNs
             * @property {string|null} [sensorId] DriftEvent sensorId
             * @property {string|null} [feature] DriftEvent feature
             * @property {string|null} [statistic] DriftEvent statistic
             * @property {number|null} [value] DriftEvent value
             * @property {number|null} [threshold] DriftEvent threshold
             * @property {string|null} [state] DriftEvent state
             * @property {number|null} [windowFrames] DriftEvent windowFrames
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DriftEvent.
             * @memberof vigil.v1
             * @interface IDriftEvent
             * @augments vigil.v1.DriftEvent.$Properties
             * @deprecated Use vigil.v1.DriftEvent.$Properties instead.
             */

            /**
             * Shape of a DriftEvent.
             * @typedef {vigil.v1.DriftEvent.$Properties} vigil.v1.DriftEvent.$Shape
             */

            /**
             * Constructs a new DriftEvent.
             * @memberof vigil.v1
             * @classdesc Represents a DriftEvent.
             * @constructor
             * @param {vigil.v1.DriftEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DriftEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DriftEvent eventId.
             * @member {string} eventId
             * @memberof vigil.v1.DriftEvent
             * @instance
             */
            DriftEvent.prototype.eventId = "";

            /**
             * DriftEvent site.
             * @member {string} site
             * @memberof vigil.v1.DriftEvent
             * @instance
             */
            DriftEvent.prototype.site = "";

            /**
             * DriftEvent device.
             * @member {string} device
             * @memberof vigil.v1.DriftEvent
             * @instance
             */
            DriftEvent.prototype.device = "";

            /**
             * DriftEvent timeNs.
             * @member {Long} timeNs
             * @memberof vigil.v1.DriftEvent
             * @instance
             */
            DriftEvent.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DriftEvent sensorId.
             * @member {string} sensorId
             * @memberof vigil.v1.DriftEvent
             * @instance
             */
            DriftEvent.prototype.sensorId = "";

            /**
             * DriftEvent feature.
             * @member {string} feature
             * @memberof vigil.v1.DriftEvent
             * @instance
             */
            DriftEvent.prototype.feature = "";

            /**
             * DriftEvent statistic.
             * @member {string} statistic
             * @memberof vigil.v1.DriftEvent
             * @instance
             */
            DriftEvent.prototype.statistic = "";

            /**
             * DriftEvent value.
             * @member {number} value
             * @memberof vigil.v1.DriftEvent
             * @instance
             */
            DriftEvent.prototype.value = 0;

            /**
             * DriftEvent threshold.
             * @member {number} threshold
             * @memberof vigil.v1.DriftEvent
             * @instance
             */
            DriftEvent.prototype.threshold = 0;

            /**
             * DriftEvent state.
             * @member {string} state
             * @memberof vigil.v1.DriftEvent
             * @instance
             */
            DriftEvent.prototype.state = "";

            /**
             * DriftEvent windowFrames.
             * @member {number} windowFrames
             * @memberof vigil.v1.DriftEvent
             * @instance
             */
            DriftEvent.prototype.windowFrames = 0;

            /**
             * Creates a new DriftEvent instance using the specified properties.
             * @function create
             * @memberof vigil.v1.DriftEvent
             * @static
             * @param {vigil.v1.DriftEvent.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.DriftEvent} DriftEvent instance
             * @type {{
             *   (properties: vigil.v1.DriftEvent.$Shape): vigil.v1.DriftEvent & vigil.v1.DriftEvent.$Shape;
             *   (properties?: vigil.v1.DriftEvent.$Properties): vigil.v1.DriftEvent;
             * }}
             */
            DriftEvent.create = function(properties) {
                return new DriftEvent(properties);
            };

            /**
             * Encodes the specified DriftEvent message. Does not implicitly {@link vigil.v1.DriftEvent.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.DriftEvent
             * @static
             * @param {vigil.v1.DriftEvent.$Properties} message DriftEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DriftEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId") && message.eventId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.eventId);
                if (message.site != null && $Object.hasOwnProperty.call(message, "site") && message.site !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.site);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.device);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timeNs);
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId") && message.sensorId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.sensorId);
                if (message.feature != null && $Object.hasOwnProperty.call(message, "feature") && message.feature !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.feature);
                if (message.statistic != null && $Object.hasOwnProperty.call(message, "statistic") && message.statistic !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.statistic);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.value);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && !$Object.is(message.threshold, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.threshold);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.state);
                if (message.windowFrames != null && $Object.hasOwnProperty.call(message, "windowFrames") && message.windowFrames !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.windowFrames);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DriftEvent message, length delimited. Does not implicitly {@link vigil.v1.DriftEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.DriftEvent
             * @static
             * @param {vigil.v1.DriftEvent.$Properties} message DriftEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DriftEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DriftEvent message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.DriftEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.DriftEvent & vigil.v1.DriftEvent.$Shape} DriftEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DriftEvent.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.DriftEvent();
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
                            if ((value = reader.stringVerify()).length)
                                message.eventId = value;
                            else
                                delete message.eventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.site = value;
                            else
                                delete message.site;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sensorId = value;
                            else
                                delete message.sensorId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.feature = value;
                            else
                                delete message.feature;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.statistic = value;
                            else
                                delete message.statistic;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.windowFrames = value;
                            else
                                delete message.windowFrames;
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
             * Decodes a DriftEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.DriftEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.DriftEvent & vigil.v1.DriftEvent.$Shape} DriftEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DriftEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DriftEvent message.
             * @function verify
             * @memberof vigil.v1.DriftEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DriftEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    if (!$util.isString(message.eventId))
                        return "eventId: string expected";
                if (message.site != null && $Object.hasOwnProperty.call(message, "site"))
                    if (!$util.isString(message.site))
                        return "site: string expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    if (!$util.isString(message.sensorId))
                        return "sensorId: string expected";
                if (message.feature != null && $Object.hasOwnProperty.call(message, "feature"))
                    if (!$util.isString(message.feature))
                        return "feature: string expected";
                if (message.statistic != null && $Object.hasOwnProperty.call(message, "statistic"))
                    if (!$util.isString(message.statistic))
                        return "statistic: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof message.value !== "number")
                        return "value: number expected";
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    if (typeof message.threshold !== "number")
                        return "threshold: number expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.windowFrames != null && $Object.hasOwnProperty.call(message, "windowFrames"))
                    if (!$util.isInteger(message.windowFrames))
                        return "windowFrames: integer expected";
                return null;
            };

            /**
             * Creates a DriftEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.DriftEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.DriftEvent} DriftEvent
             */
            DriftEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.DriftEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.DriftEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.DriftEvent();
                if (object.eventId != null)
                    if (typeof object.eventId !== "string" || object.eventId.length)
                        message.eventId = $String(object.eventId);
                if (object.site != null)
                    if (typeof object.site !== "string" || object.site.length)
                        message.site = $String(object.site);
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, false);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber();
                if (object.sensorId != null)
                    if (typeof object.sensorId !== "string" || object.sensorId.length)
                        message.sensorId = $String(object.sensorId);
                if (object.feature != null)
                    if (typeof object.feature !== "string" || object.feature.length)
                        message.feature = $String(object.feature);
                if (object.statistic != null)
                    if (typeof object.statistic !== "string" || object.statistic.length)
                        message.statistic = $String(object.statistic);
                if (object.value != null)
                    if (!$Object.is($Number(object.value), 0))
                        message.value = $Number(object.value);
                if (object.threshold != null)
                    if (!$Object.is($Number(object.threshold), 0))
                        message.threshold = $Number(object.threshold);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.windowFrames != null)
                    if ($Number(object.windowFrames) !== 0)
                        message.windowFrames = object.windowFrames >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a DriftEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.DriftEvent
             * @static
             * @param {vigil.v1.DriftEvent} message DriftEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DriftEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.eventId = "";
                    object.site = "";
                    object.device = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sensorId = "";
                    object.feature = "";
                    object.statistic = "";
                    object.value = 0;
                    object.threshold = 0;
                    object.state = "";
                    object.windowFrames = 0;
                }
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    object.eventId = message.eventId;
                if (message.site != null && $Object.hasOwnProperty.call(message, "site"))
                    object.site = message.site;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber() : message.timeNs;
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    object.sensorId = message.sensorId;
                if (message.feature != null && $Object.hasOwnProperty.call(message, "feature"))
                    object.feature = message.feature;
                if (message.statistic != null && $Object.hasOwnProperty.call(message, "statistic"))
                    object.statistic = message.statistic;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    object.threshold = options.json && !$isFinite(message.threshold) ? $String(message.threshold) : message.threshold;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.windowFrames != null && $Object.hasOwnProperty.call(message, "windowFrames"))
                    object.windowFrames = message.windowFrames;
                return object;
            };

            /**
             * Converts this DriftEvent to JSON.
             * @function toJSON
             * @memberof vigil.v1.DriftEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DriftEvent.prototype.toJSON = function() {
                return DriftEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DriftEvent
             * @function getTypeUrl
             * @memberof vigil.v1.DriftEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DriftEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.DriftEvent";
            };

            return DriftEvent;
        })();

        /**
         * RiskLevel enum.
         * @name vigil.v1.RiskLevel
         * @enum {number}
         * @property {number} RISK_LEVEL_UNSPECIFIED=0 RISK_LEVEL_UNSPECIFIED value
         * @property {number} RISK_LEVEL_CLEAR=1 RISK_LEVEL_CLEAR value
         * @property {number} RISK_LEVEL_CAUTION=2 RISK_LEVEL_CAUTION value
         * @property {number} RISK_LEVEL_WARNING=3 RISK_LEVEL_WARNING value
         * @property {number} RISK_LEVEL_DANGER=4 RISK_LEVEL_DANGER value
         */
        v1.RiskLevel = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RISK_LEVEL_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RISK_LEVEL_CLEAR"] = 1;
            values[valuesById[2] = "RISK_LEVEL_CAUTION"] = 2;
            values[valuesById[3] = "RISK_LEVEL_WARNING"] = 3;
            values[valuesById[4] = "RISK_LEVEL_DANGER"] = 4;
            return values;
        })();

        v1.RiskFactor = (function() {

            /**
             * Properties of a RiskFactor.
             * @typedef {Object} vigil.v1.RiskFactor.$Properties
             * @property {Long|null} [trackId] RiskFactor trackId
             * @property {string|null} [rule] RiskFactor rule
             * @property {string|null} [zone] RiskFactor zone
             * @property {vigil.v1.RiskLevel|null} [level] RiskFactor level
             * @property {number|null} [ttcS] RiskFactor ttcS
             * @property {number|null} [distanceM] RiskFactor distanceM
             * @property {string|null} [detail] RiskFactor detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RiskFactor.
             * @memberof vigil.v1
             * @interface IRiskFactor
             * @augments vigil.v1.RiskFactor.$Properties
             * @deprecated Use vigil.v1.RiskFactor.$Properties instead.
             */

            /**
             * Shape of a RiskFactor.
             * @typedef {vigil.v1.RiskFactor.$Properties} vigil.v1.RiskFactor.$Shape
             */

            /**
             * Constructs a new RiskFactor.
             * @memberof vigil.v1
             * @classdesc Represents a RiskFactor.
             * @constructor
             * @param {vigil.v1.RiskFactor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RiskFactor = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RiskFactor trackId.
             * @member {Long} trackId
             * @memberof vigil.v1.RiskFactor
             * @instance
             */
            RiskFactor.prototype.trackId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RiskFactor rule.
             * @member {string} rule
             * @memberof vigil.v1.RiskFactor
             * @instance
             */
            RiskFactor.prototype.rule = "";

            /**
             * RiskFactor zone.
             * @member {string} zone
             * @memberof vigil.v1.RiskFactor
             * @instance
             */
            RiskFactor.prototype.zone = "";

            /**
             * RiskFactor level.
             * @member {vigil.v1.RiskLevel} level
             * @memberof vigil.v1.RiskFactor
             * @instance
             */
            RiskFactor.prototype.level = 0;

            /**
             * RiskFactor ttcS.
             * @member {number} ttcS
             * @memberof vigil.v1.RiskFactor
             * @instance
             */
            RiskFactor.prototype.ttcS = 0;

            /**
             * RiskFactor distanceM.
             * @member {number} distanceM
             * @memberof vigil.v1.RiskFactor
             * @instance
             */
            RiskFactor.prototype.distanceM = 0;

            /**
             * RiskFactor detail.
             * @member {string} detail
             * @memberof vigil.v1.RiskFactor
             * @instance
             */
            RiskFactor.prototype.detail = "";

            /**
             * Creates a new RiskFactor instance using the specified properties.
             * @function create
             * @memberof vigil.v1.RiskFactor
             * @static
             * @param {vigil.v1.RiskFactor.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.RiskFactor} RiskFactor instance
             * @type {{
             *   (properties: vigil.v1.RiskFactor.$Shape): vigil.v1.RiskFactor & vigil.v1.RiskFactor.$Shape;
             *   (properties?: vigil.v1.RiskFactor.$Properties): vigil.v1.RiskFactor;
             * }}
             */
            RiskFactor.create = function(properties) {
                return new RiskFactor(properties);
            };

            /**
             * Encodes the specified RiskFactor message. Does not implicitly {@link vigil.v1.RiskFactor.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.RiskFactor
             * @static
             * @param {vigil.v1.RiskFactor.$Properties} message RiskFactor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RiskFactor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trackId != null && $Object.hasOwnProperty.call(message, "trackId") && (typeof message.trackId === "object" ? message.trackId.low || message.trackId.high : message.trackId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.trackId);
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule") && message.rule !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.rule);
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone") && message.zone !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.zone);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.level);
                if (message.ttcS != null && $Object.hasOwnProperty.call(message, "ttcS") && !$Object.is(message.ttcS, 0))
                    writer.uint32(/* id 5, wireType 5 =*/45).float(message.ttcS);
                if (message.distanceM != null && $Object.hasOwnProperty.call(message, "distanceM") && !$Object.is(message.distanceM, 0))
                    writer.uint32(/* id 6, wireType 5 =*/53).float(message.distanceM);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RiskFactor message, length delimited. Does not implicitly {@link vigil.v1.RiskFactor.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.RiskFactor
             * @static
             * @param {vigil.v1.RiskFactor.$Properties} message RiskFactor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RiskFactor.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RiskFactor message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.RiskFactor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.RiskFactor & vigil.v1.RiskFactor.$Shape} RiskFactor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RiskFactor.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.RiskFactor();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.trackId = value;
                            else
                                delete message.trackId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rule = value;
                            else
                                delete message.rule;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.zone = value;
                            else
                                delete message.zone;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.ttcS = value;
                            else
                                delete message.ttcS;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.distanceM = value;
                            else
                                delete message.distanceM;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
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
             * Decodes a RiskFactor message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.RiskFactor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.RiskFactor & vigil.v1.RiskFactor.$Shape} RiskFactor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RiskFactor.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RiskFactor message.
             * @function verify
             * @memberof vigil.v1.RiskFactor
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RiskFactor.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.trackId != null && $Object.hasOwnProperty.call(message, "trackId"))
                    if (!$util.isInteger(message.trackId) && !(message.trackId && $util.isInteger(message.trackId.low) && $util.isInteger(message.trackId.high)))
                        return "trackId: integer|Long expected";
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule"))
                    if (!$util.isString(message.rule))
                        return "rule: string expected";
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    if (!$util.isString(message.zone))
                        return "zone: string expected";
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    if (typeof message.level !== "number" || (message.level | 0) !== message.level)
                        return "level: enum value expected";
                if (message.ttcS != null && $Object.hasOwnProperty.call(message, "ttcS"))
                    if (typeof message.ttcS !== "number")
                        return "ttcS: number expected";
                if (message.distanceM != null && $Object.hasOwnProperty.call(message, "distanceM"))
                    if (typeof message.distanceM !== "number")
                        return "distanceM: number expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                return null;
            };

            /**
             * Creates a RiskFactor message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.RiskFactor
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.RiskFactor} RiskFactor
             */
            RiskFactor.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.RiskFactor)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.RiskFactor: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.RiskFactor();
                if (object.trackId != null)
                    if (typeof object.trackId === "object" ? object.trackId.low || object.trackId.high : $Number(object.trackId) !== 0)
                        if ($util.Long)
                            message.trackId = $util.Long.fromValue(object.trackId, true);
                        else if (typeof object.trackId === "string")
                            message.trackId = $parseInt(object.trackId, 10);
                        else if (typeof object.trackId === "number")
                            message.trackId = object.trackId;
                        else if (typeof object.trackId === "object")
                            message.trackId = new $util.LongBits(object.trackId.low >>> 0, object.trackId.high >>> 0).toNumber(true);
                if (object.rule != null)
                    if (typeof object.rule !== "string" || object.rule.length)
                        message.rule = $String(object.rule);
                if (object.zone != null)
                    if (typeof object.zone !== "string" || object.zone.length)
                        message.zone = $String(object.zone);
                if (object.level !== 0 && (typeof object.level !== "string" || $root.vigil.v1.RiskLevel[object.level] !== 0))
                    switch (object.level) {
                    case "RISK_LEVEL_UNSPECIFIED":
                    case 0:
                        message.level = 0;
                        break;
                    case "RISK_LEVEL_CLEAR":
                    case 1:
                        message.level = 1;
                        break;
                    case "RISK_LEVEL_CAUTION":
                    case 2:
                        message.level = 2;
                        break;
                    case "RISK_LEVEL_WARNING":
                    case 3:
                        message.level = 3;
                        break;
                    case "RISK_LEVEL_DANGER":
                    case 4:
                        message.level = 4;
                        break;
                    default:
                        if (typeof object.level === "number" && (object.level | 0) === object.level)
                            message.level = object.level;
                    }
                if (object.ttcS != null)
                    if (!$Object.is($Number(object.ttcS), 0))
                        message.ttcS = $Number(object.ttcS);
                if (object.distanceM != null)
                    if (!$Object.is($Number(object.distanceM), 0))
                        message.distanceM = $Number(object.distanceM);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                return message;
            };

            /**
             * Creates a plain object from a RiskFactor message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.RiskFactor
             * @static
             * @param {vigil.v1.RiskFactor} message RiskFactor
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RiskFactor.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trackId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trackId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.rule = "";
                    object.zone = "";
                    object.level = options.enums === $String ? "RISK_LEVEL_UNSPECIFIED" : 0;
                    object.ttcS = 0;
                    object.distanceM = 0;
                    object.detail = "";
                }
                if (message.trackId != null && $Object.hasOwnProperty.call(message, "trackId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trackId = typeof message.trackId === "number" ? $BigInt(message.trackId) : $util.Long.fromBits(message.trackId.low >>> 0, message.trackId.high >>> 0, true).toBigInt();
                    else if (typeof message.trackId === "number")
                        object.trackId = options.longs === $String ? $String(message.trackId) : message.trackId;
                    else
                        object.trackId = options.longs === $String ? $util.Long.prototype.toString.call(message.trackId) : options.longs === $Number ? new $util.LongBits(message.trackId.low >>> 0, message.trackId.high >>> 0).toNumber(true) : message.trackId;
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule"))
                    object.rule = message.rule;
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    object.zone = message.zone;
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = options.enums === $String ? $root.vigil.v1.RiskLevel[message.level] === $undefined ? message.level : $root.vigil.v1.RiskLevel[message.level] : message.level;
                if (message.ttcS != null && $Object.hasOwnProperty.call(message, "ttcS"))
                    object.ttcS = options.json && !$isFinite(message.ttcS) ? $String(message.ttcS) : message.ttcS;
                if (message.distanceM != null && $Object.hasOwnProperty.call(message, "distanceM"))
                    object.distanceM = options.json && !$isFinite(message.distanceM) ? $String(message.distanceM) : message.distanceM;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                return object;
            };

            /**
             * Converts this RiskFactor to JSON.
             * @function toJSON
             * @memberof vigil.v1.RiskFactor
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RiskFactor.prototype.toJSON = function() {
                return RiskFactor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RiskFactor
             * @function getTypeUrl
             * @memberof vigil.v1.RiskFactor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RiskFactor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.RiskFactor";
            };

            return RiskFactor;
        })();

        v1.RiskAssessment = (function() {

            /**
             * Properties of a RiskAssessment.
             * @typedef {Object} vigil.v1.RiskAssessment.$Properties
             * @property {string|null} [sensorId] RiskAssessment sensorId
             * @property {Long|null} [seq] RiskAssessment seq
             * @property {Long|null} [captureTimeNs] RiskAssessment captureTimeNs
             * @property {Long|null} [decisionTimeNs] RiskAssessment decisionTimeNs
             * @property {vigil.v1.RiskLevel|null} [level] RiskAssessment level
             * @property {vigil.v1.RiskLevel|null} [rawLevel] RiskAssessment rawLevel
             * @property {Array.<vigil.v1.RiskFactor.$Properties>|null} [factors] RiskAssessment factors
             * @property {string|null} [modelName] RiskAssessment modelName
             * @property {string|null} [modelVersion] RiskAssessment modelVersion
             * @property {boolean|null} [degradedInput] RiskAssessment degradedInput
             * @property {string|null} [assessmentId] RiskAssessment assessmentId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RiskAssessment.
             * @memberof vigil.v1
             * @interface IRiskAssessment
             * @augments vigil.v1.RiskAssessment.$Properties
             * @deprecated Use vigil.v1.RiskAssessment.$Properties instead.
             */

            /**
             * Shape of a RiskAssessment.
             * @typedef {vigil.v1.RiskAssessment.$Properties} vigil.v1.RiskAssessment.$Shape
             */

            /**
             * Constructs a new RiskAssessment.
             * @memberof vigil.v1
             * @classdesc Represents a RiskAssessment.
             * @constructor
             * @param {vigil.v1.RiskAssessment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RiskAssessment = function (properties) {
                this.factors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RiskAssessment sensorId.
             * @member {string} sensorId
             * @memberof vigil.v1.RiskAssessment
             * @instance
             */
            RiskAssessment.prototype.sensorId = "";

            /**
             * RiskAssessment seq.
             * @member {Long} seq
             * @memberof vigil.v1.RiskAssessment
             * @instance
             */
            RiskAssessment.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RiskAssessment captureTimeNs.
             * @member {Long} captureTimeNs
             * @memberof vigil.v1.RiskAssessment
             * @instance
             */
            RiskAssessment.prototype.captureTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RiskAssessment decisionTimeNs.
             * @member {Long} decisionTimeNs
             * @memberof vigil.v1.RiskAssessment
             * @instance
             */
            RiskAssessment.prototype.decisionTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RiskAssessment level.
             * @member {vigil.v1.RiskLevel} level
             * @memberof vigil.v1.RiskAssessment
             * @instance
             */
            RiskAssessment.prototype.level = 0;

            /**
             * RiskAssessment rawLevel.
             * @member {vigil.v1.RiskLevel} rawLevel
             * @memberof vigil.v1.RiskAssessment
             * @instance
             */
            RiskAssessment.prototype.rawLevel = 0;

            /**
             * RiskAssessment factors.
             * @member {Array.<vigil.v1.RiskFactor.$Properties>} factors
             * @memberof vigil.v1.RiskAssessment
             * @instance
             */
            RiskAssessment.prototype.factors = $util.emptyArray;

            /**
             * RiskAssessment modelName.
             * @member {string} modelName
             * @memberof vigil.v1.RiskAssessment
             * @instance
             */
            RiskAssessment.prototype.modelName = "";

            /**
             * RiskAssessment modelVersion.
             * @member {string} modelVersion
             * @memberof vigil.v1.RiskAssessment
             * @instance
             */
            RiskAssessment.prototype.modelVersion = "";

            /**
             * RiskAssessment degradedInput.
             * @member {boolean} degradedInput
             * @memberof vigil.v1.RiskAssessment
             * @instance
             */
            RiskAssessment.prototype.degradedInput = false;

            /**
             * RiskAssessment assessmentId.
             * @member {string} assessmentId
             * @memberof vigil.v1.RiskAssessment
             * @instance
             */
            RiskAssessment.prototype.assessmentId = "";

            /**
             * Creates a new RiskAssessment instance using the specified properties.
             * @function create
             * @memberof vigil.v1.RiskAssessment
             * @static
             * @param {vigil.v1.RiskAssessment.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.RiskAssessment} RiskAssessment instance
             * @type {{
             *   (properties: vigil.v1.RiskAssessment.$Shape): vigil.v1.RiskAssessment & vigil.v1.RiskAssessment.$Shape;
             *   (properties?: vigil.v1.RiskAssessment.$Properties): vigil.v1.RiskAssessment;
             * }}
             */
            RiskAssessment.create = function(properties) {
                return new RiskAssessment(properties);
            };

            /**
             * Encodes the specified RiskAssessment message. Does not implicitly {@link vigil.v1.RiskAssessment.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.RiskAssessment
             * @static
             * @param {vigil.v1.RiskAssessment.$Properties} message RiskAssessment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RiskAssessment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId") && message.sensorId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sensorId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs") && (typeof message.captureTimeNs === "object" ? message.captureTimeNs.low || message.captureTimeNs.high : message.captureTimeNs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.captureTimeNs);
                if (message.decisionTimeNs != null && $Object.hasOwnProperty.call(message, "decisionTimeNs") && (typeof message.decisionTimeNs === "object" ? message.decisionTimeNs.low || message.decisionTimeNs.high : message.decisionTimeNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.decisionTimeNs);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.level);
                if (message.rawLevel != null && $Object.hasOwnProperty.call(message, "rawLevel") && message.rawLevel !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.rawLevel);
                if (message.factors != null && message.factors.length)
                    for (let i = 0; i < message.factors.length; ++i)
                        $root.vigil.v1.RiskFactor.encode(message.factors[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName") && message.modelName !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.modelName);
                if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion") && message.modelVersion !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.modelVersion);
                if (message.degradedInput != null && $Object.hasOwnProperty.call(message, "degradedInput") && message.degradedInput !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.degradedInput);
                if (message.assessmentId != null && $Object.hasOwnProperty.call(message, "assessmentId") && message.assessmentId !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.assessmentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RiskAssessment message, length delimited. Does not implicitly {@link vigil.v1.RiskAssessment.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.RiskAssessment
             * @static
             * @param {vigil.v1.RiskAssessment.$Properties} message RiskAssessment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RiskAssessment.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RiskAssessment message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.RiskAssessment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.RiskAssessment & vigil.v1.RiskAssessment.$Shape} RiskAssessment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RiskAssessment.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.RiskAssessment();
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
                            if ((value = reader.stringVerify()).length)
                                message.sensorId = value;
                            else
                                delete message.sensorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.captureTimeNs = value;
                            else
                                delete message.captureTimeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.decisionTimeNs = value;
                            else
                                delete message.decisionTimeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.rawLevel = value;
                            else
                                delete message.rawLevel;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.factors && message.factors.length))
                                message.factors = [];
                            message.factors.push($root.vigil.v1.RiskFactor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelName = value;
                            else
                                delete message.modelName;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelVersion = value;
                            else
                                delete message.modelVersion;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.degradedInput = value;
                            else
                                delete message.degradedInput;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.assessmentId = value;
                            else
                                delete message.assessmentId;
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
             * Decodes a RiskAssessment message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.RiskAssessment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.RiskAssessment & vigil.v1.RiskAssessment.$Shape} RiskAssessment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RiskAssessment.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RiskAssessment message.
             * @function verify
             * @memberof vigil.v1.RiskAssessment
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RiskAssessment.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    if (!$util.isString(message.sensorId))
                        return "sensorId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs"))
                    if (!$util.isInteger(message.captureTimeNs) && !(message.captureTimeNs && $util.isInteger(message.captureTimeNs.low) && $util.isInteger(message.captureTimeNs.high)))
                        return "captureTimeNs: integer|Long expected";
                if (message.decisionTimeNs != null && $Object.hasOwnProperty.call(message, "decisionTimeNs"))
                    if (!$util.isInteger(message.decisionTimeNs) && !(message.decisionTimeNs && $util.isInteger(message.decisionTimeNs.low) && $util.isInteger(message.decisionTimeNs.high)))
                        return "decisionTimeNs: integer|Long expected";
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    if (typeof message.level !== "number" || (message.level | 0) !== message.level)
                        return "level: enum value expected";
                if (message.rawLevel != null && $Object.hasOwnProperty.call(message, "rawLevel"))
                    if (typeof message.rawLevel !== "number" || (message.rawLevel | 0) !== message.rawLevel)
                        return "rawLevel: enum value expected";
                if (message.factors != null && $Object.hasOwnProperty.call(message, "factors")) {
                    if (!$Array.isArray(message.factors))
                        return "factors: array expected";
                    for (let i = 0; i < message.factors.length; ++i) {
                        let error = $root.vigil.v1.RiskFactor.verify(message.factors[i], _depth + 1);
                        if (error)
                            return "factors." + error;
                    }
                }
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                    if (!$util.isString(message.modelName))
                        return "modelName: string expected";
                if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion"))
                    if (!$util.isString(message.modelVersion))
                        return "modelVersion: string expected";
                if (message.degradedInput != null && $Object.hasOwnProperty.call(message, "degradedInput"))
                    if (typeof message.degradedInput !== "boolean")
                        return "degradedInput: boolean expected";
                if (message.assessmentId != null && $Object.hasOwnProperty.call(message, "assessmentId"))
                    if (!$util.isString(message.assessmentId))
                        return "assessmentId: string expected";
                return null;
            };

            /**
             * Creates a RiskAssessment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.RiskAssessment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.RiskAssessment} RiskAssessment
             */
            RiskAssessment.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.RiskAssessment)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.RiskAssessment: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.RiskAssessment();
                if (object.sensorId != null)
                    if (typeof object.sensorId !== "string" || object.sensorId.length)
                        message.sensorId = $String(object.sensorId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.captureTimeNs != null)
                    if (typeof object.captureTimeNs === "object" ? object.captureTimeNs.low || object.captureTimeNs.high : $Number(object.captureTimeNs) !== 0)
                        if ($util.Long)
                            message.captureTimeNs = $util.Long.fromValue(object.captureTimeNs, false);
                        else if (typeof object.captureTimeNs === "string")
                            message.captureTimeNs = $parseInt(object.captureTimeNs, 10);
                        else if (typeof object.captureTimeNs === "number")
                            message.captureTimeNs = object.captureTimeNs;
                        else if (typeof object.captureTimeNs === "object")
                            message.captureTimeNs = new $util.LongBits(object.captureTimeNs.low >>> 0, object.captureTimeNs.high >>> 0).toNumber();
                if (object.decisionTimeNs != null)
                    if (typeof object.decisionTimeNs === "object" ? object.decisionTimeNs.low || object.decisionTimeNs.high : $Number(object.decisionTimeNs) !== 0)
                        if ($util.Long)
                            message.decisionTimeNs = $util.Long.fromValue(object.decisionTimeNs, false);
                        else if (typeof object.decisionTimeNs === "string")
                            message.decisionTimeNs = $parseInt(object.decisionTimeNs, 10);
                        else if (typeof object.decisionTimeNs === "number")
                            message.decisionTimeNs = object.decisionTimeNs;
                        else if (typeof object.decisionTimeNs === "object")
                            message.decisionTimeNs = new $util.LongBits(object.decisionTimeNs.low >>> 0, object.decisionTimeNs.high >>> 0).toNumber();
                if (object.level !== 0 && (typeof object.level !== "string" || $root.vigil.v1.RiskLevel[object.level] !== 0))
                    switch (object.level) {
                    case "RISK_LEVEL_UNSPECIFIED":
                    case 0:
                        message.level = 0;
                        break;
                    case "RISK_LEVEL_CLEAR":
                    case 1:
                        message.level = 1;
                        break;
                    case "RISK_LEVEL_CAUTION":
                    case 2:
                        message.level = 2;
                        break;
                    case "RISK_LEVEL_WARNING":
                    case 3:
                        message.level = 3;
                        break;
                    case "RISK_LEVEL_DANGER":
                    case 4:
                        message.level = 4;
                        break;
                    default:
                        if (typeof object.level === "number" && (object.level | 0) === object.level)
                            message.level = object.level;
                    }
                if (object.rawLevel !== 0 && (typeof object.rawLevel !== "string" || $root.vigil.v1.RiskLevel[object.rawLevel] !== 0))
                    switch (object.rawLevel) {
                    case "RISK_LEVEL_UNSPECIFIED":
                    case 0:
                        message.rawLevel = 0;
                        break;
                    case "RISK_LEVEL_CLEAR":
                    case 1:
                        message.rawLevel = 1;
                        break;
                    case "RISK_LEVEL_CAUTION":
                    case 2:
                        message.rawLevel = 2;
                        break;
                    case "RISK_LEVEL_WARNING":
                    case 3:
                        message.rawLevel = 3;
                        break;
                    case "RISK_LEVEL_DANGER":
                    case 4:
                        message.rawLevel = 4;
                        break;
                    default:
                        if (typeof object.rawLevel === "number" && (object.rawLevel | 0) === object.rawLevel)
                            message.rawLevel = object.rawLevel;
                    }
                if (object.factors) {
                    if (!$Array.isArray(object.factors))
                        throw $TypeError(".vigil.v1.RiskAssessment.factors: array expected");
                    message.factors = $Array(object.factors.length);
                    for (let i = 0; i < object.factors.length; ++i) {
                        if (!$util.isObject(object.factors[i]))
                            throw $TypeError(".vigil.v1.RiskAssessment.factors: object expected");
                        message.factors[i] = $root.vigil.v1.RiskFactor.fromObject(object.factors[i], _depth + 1);
                    }
                }
                if (object.modelName != null)
                    if (typeof object.modelName !== "string" || object.modelName.length)
                        message.modelName = $String(object.modelName);
                if (object.modelVersion != null)
                    if (typeof object.modelVersion !== "string" || object.modelVersion.length)
                        message.modelVersion = $String(object.modelVersion);
                if (object.degradedInput != null)
                    if (object.degradedInput)
                        message.degradedInput = $Boolean(object.degradedInput);
                if (object.assessmentId != null)
                    if (typeof object.assessmentId !== "string" || object.assessmentId.length)
                        message.assessmentId = $String(object.assessmentId);
                return message;
            };

            /**
             * Creates a plain object from a RiskAssessment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.RiskAssessment
             * @static
             * @param {vigil.v1.RiskAssessment} message RiskAssessment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RiskAssessment.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.factors = [];
                if (options.defaults) {
                    object.sensorId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.captureTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.captureTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.decisionTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.decisionTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.level = options.enums === $String ? "RISK_LEVEL_UNSPECIFIED" : 0;
                    object.rawLevel = options.enums === $String ? "RISK_LEVEL_UNSPECIFIED" : 0;
                    object.modelName = "";
                    object.modelVersion = "";
                    object.degradedInput = false;
                    object.assessmentId = "";
                }
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    object.sensorId = message.sensorId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.captureTimeNs = typeof message.captureTimeNs === "number" ? $BigInt(message.captureTimeNs) : $util.Long.fromBits(message.captureTimeNs.low >>> 0, message.captureTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.captureTimeNs === "number")
                        object.captureTimeNs = options.longs === $String ? $String(message.captureTimeNs) : message.captureTimeNs;
                    else
                        object.captureTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.captureTimeNs) : options.longs === $Number ? new $util.LongBits(message.captureTimeNs.low >>> 0, message.captureTimeNs.high >>> 0).toNumber() : message.captureTimeNs;
                if (message.decisionTimeNs != null && $Object.hasOwnProperty.call(message, "decisionTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.decisionTimeNs = typeof message.decisionTimeNs === "number" ? $BigInt(message.decisionTimeNs) : $util.Long.fromBits(message.decisionTimeNs.low >>> 0, message.decisionTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.decisionTimeNs === "number")
                        object.decisionTimeNs = options.longs === $String ? $String(message.decisionTimeNs) : message.decisionTimeNs;
                    else
                        object.decisionTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.decisionTimeNs) : options.longs === $Number ? new $util.LongBits(message.decisionTimeNs.low >>> 0, message.decisionTimeNs.high >>> 0).toNumber() : message.decisionTimeNs;
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = options.enums === $String ? $root.vigil.v1.RiskLevel[message.level] === $undefined ? message.level : $root.vigil.v1.RiskLevel[message.level] : message.level;
                if (message.rawLevel != null && $Object.hasOwnProperty.call(message, "rawLevel"))
                    object.rawLevel = options.enums === $String ? $root.vigil.v1.RiskLevel[message.rawLevel] === $undefined ? message.rawLevel : $root.vigil.v1.RiskLevel[message.rawLevel] : message.rawLevel;
                if (message.factors && message.factors.length) {
                    object.factors = $Array(message.factors.length);
                    for (let j = 0; j < message.factors.length; ++j)
                        object.factors[j] = $root.vigil.v1.RiskFactor.toObject(message.factors[j], options, _depth + 1);
                }
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                    object.modelName = message.modelName;
                if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion"))
                    object.modelVersion = message.modelVersion;
                if (message.degradedInput != null && $Object.hasOwnProperty.call(message, "degradedInput"))
                    object.degradedInput = message.degradedInput;
                if (message.assessmentId != null && $Object.hasOwnProperty.call(message, "assessmentId"))
                    object.assessmentId = message.assessmentId;
                return object;
            };

            /**
             * Converts this RiskAssessment to JSON.
             * @function toJSON
             * @memberof vigil.v1.RiskAssessment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RiskAssessment.prototype.toJSON = function() {
                return RiskAssessment.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RiskAssessment
             * @function getTypeUrl
             * @memberof vigil.v1.RiskAssessment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RiskAssessment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.RiskAssessment";
            };

            return RiskAssessment;
        })();

        /**
         * HealthState enum.
         * @name vigil.v1.HealthState
         * @enum {number}
         * @property {number} HEALTH_STATE_UNSPECIFIED=0 HEALTH_STATE_UNSPECIFIED value
         * @property {number} HEALTH_STATE_OK=1 HEALTH_STATE_OK value
         * @property {number} HEALTH_STATE_DEGRADED=2 HEALTH_STATE_DEGRADED value
         * @property {number} HEALTH_STATE_FAILED=3 HEALTH_STATE_FAILED value
         */
        v1.HealthState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "HEALTH_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "HEALTH_STATE_OK"] = 1;
            values[valuesById[2] = "HEALTH_STATE_DEGRADED"] = 2;
            values[valuesById[3] = "HEALTH_STATE_FAILED"] = 3;
            return values;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} vigil.v1.Heartbeat.$Properties
             * @property {string|null} [component] Heartbeat component
             * @property {string|null} [instance] Heartbeat instance
             * @property {Long|null} [seq] Heartbeat seq
             * @property {Long|null} [timeNs] Heartbeat timeNs
             * @property {vigil.v1.HealthState|null} [state] Heartbeat state
             * @property {string|null} [reason] Heartbeat reason
             * @property {Long|null} [frameAgeNs] Heartbeat frameAgeNs
             * @property {Long|null} [latencyNs] Heartbeat latencyNs
             * @property {number|null} [queueDepth] Heartbeat queueDepth
             * @property {Object.<string,number>|null} [counters] Heartbeat counters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof vigil.v1
             * @interface IHeartbeat
             * @augments vigil.v1.Heartbeat.$Properties
             * @deprecated Use vigil.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {vigil.v1.Heartbeat.$Properties} vigil.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof vigil.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {vigil.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                this.counters = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat component.
             * @member {string} component
             * @memberof vigil.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.component = "";

            /**
             * Heartbeat instance.
             * @member {string} instance
             * @memberof vigil.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.instance = "";

            /**
             * Heartbeat seq.
             * @member {Long} seq
             * @memberof vigil.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat timeNs.
             * @member {Long} timeNs
             * @memberof vigil.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Heartbeat state.
             * @member {vigil.v1.HealthState} state
             * @memberof vigil.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.state = 0;

            /**
             * Heartbeat reason.
             * @member {string} reason
             * @memberof vigil.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.reason = "";

            /**
             * Heartbeat frameAgeNs.
             * @member {Long} frameAgeNs
             * @memberof vigil.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.frameAgeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Heartbeat latencyNs.
             * @member {Long} latencyNs
             * @memberof vigil.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.latencyNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Heartbeat queueDepth.
             * @member {number} queueDepth
             * @memberof vigil.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.queueDepth = 0;

            /**
             * Heartbeat counters.
             * @member {Object.<string,number>} counters
             * @memberof vigil.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.counters = $util.emptyObject;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {vigil.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: vigil.v1.Heartbeat.$Shape): vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape;
             *   (properties?: vigil.v1.Heartbeat.$Properties): vigil.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link vigil.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {vigil.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.component != null && $Object.hasOwnProperty.call(message, "component") && message.component !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.component);
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.instance);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timeNs);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.state);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reason);
                if (message.frameAgeNs != null && $Object.hasOwnProperty.call(message, "frameAgeNs") && (typeof message.frameAgeNs === "object" ? message.frameAgeNs.low || message.frameAgeNs.high : message.frameAgeNs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.frameAgeNs);
                if (message.latencyNs != null && $Object.hasOwnProperty.call(message, "latencyNs") && (typeof message.latencyNs === "object" ? message.latencyNs.low || message.latencyNs.high : message.latencyNs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.latencyNs);
                if (message.queueDepth != null && $Object.hasOwnProperty.call(message, "queueDepth") && message.queueDepth !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.queueDepth);
                if (message.counters != null && $Object.hasOwnProperty.call(message, "counters"))
                    for (let keys = $Object.keys(message.counters), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.counters[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link vigil.v1.Heartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {vigil.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Heartbeat();
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
                            if ((value = reader.stringVerify()).length)
                                message.component = value;
                            else
                                delete message.component;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.instance = value;
                            else
                                delete message.instance;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.frameAgeNs = value;
                            else
                                delete message.frameAgeNs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.latencyNs = value;
                            else
                                delete message.latencyNs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.queueDepth = value;
                            else
                                delete message.queueDepth;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (message.counters === $util.emptyObject)
                                message.counters = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.counters, key);
                            message.counters[key] = value;
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
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.component != null && $Object.hasOwnProperty.call(message, "component"))
                    if (!$util.isString(message.component))
                        return "component: string expected";
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    if (!$util.isString(message.instance))
                        return "instance: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.frameAgeNs != null && $Object.hasOwnProperty.call(message, "frameAgeNs"))
                    if (!$util.isInteger(message.frameAgeNs) && !(message.frameAgeNs && $util.isInteger(message.frameAgeNs.low) && $util.isInteger(message.frameAgeNs.high)))
                        return "frameAgeNs: integer|Long expected";
                if (message.latencyNs != null && $Object.hasOwnProperty.call(message, "latencyNs"))
                    if (!$util.isInteger(message.latencyNs) && !(message.latencyNs && $util.isInteger(message.latencyNs.low) && $util.isInteger(message.latencyNs.high)))
                        return "latencyNs: integer|Long expected";
                if (message.queueDepth != null && $Object.hasOwnProperty.call(message, "queueDepth"))
                    if (!$util.isInteger(message.queueDepth))
                        return "queueDepth: integer expected";
                if (message.counters != null && $Object.hasOwnProperty.call(message, "counters")) {
                    if (!$util.isObject(message.counters))
                        return "counters: object expected";
                    let key = $Object.keys(message.counters);
                    for (let i = 0; i < key.length; ++i)
                        if (typeof message.counters[key[i]] !== "number")
                            return "counters: number{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Heartbeat();
                if (object.component != null)
                    if (typeof object.component !== "string" || object.component.length)
                        message.component = $String(object.component);
                if (object.instance != null)
                    if (typeof object.instance !== "string" || object.instance.length)
                        message.instance = $String(object.instance);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, false);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber();
                if (object.state !== 0 && (typeof object.state !== "string" || $root.vigil.v1.HealthState[object.state] !== 0))
                    switch (object.state) {
                    case "HEALTH_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "HEALTH_STATE_OK":
                    case 1:
                        message.state = 1;
                        break;
                    case "HEALTH_STATE_DEGRADED":
                    case 2:
                        message.state = 2;
                        break;
                    case "HEALTH_STATE_FAILED":
                    case 3:
                        message.state = 3;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.frameAgeNs != null)
                    if (typeof object.frameAgeNs === "object" ? object.frameAgeNs.low || object.frameAgeNs.high : $Number(object.frameAgeNs) !== 0)
                        if ($util.Long)
                            message.frameAgeNs = $util.Long.fromValue(object.frameAgeNs, false);
                        else if (typeof object.frameAgeNs === "string")
                            message.frameAgeNs = $parseInt(object.frameAgeNs, 10);
                        else if (typeof object.frameAgeNs === "number")
                            message.frameAgeNs = object.frameAgeNs;
                        else if (typeof object.frameAgeNs === "object")
                            message.frameAgeNs = new $util.LongBits(object.frameAgeNs.low >>> 0, object.frameAgeNs.high >>> 0).toNumber();
                if (object.latencyNs != null)
                    if (typeof object.latencyNs === "object" ? object.latencyNs.low || object.latencyNs.high : $Number(object.latencyNs) !== 0)
                        if ($util.Long)
                            message.latencyNs = $util.Long.fromValue(object.latencyNs, false);
                        else if (typeof object.latencyNs === "string")
                            message.latencyNs = $parseInt(object.latencyNs, 10);
                        else if (typeof object.latencyNs === "number")
                            message.latencyNs = object.latencyNs;
                        else if (typeof object.latencyNs === "object")
                            message.latencyNs = new $util.LongBits(object.latencyNs.low >>> 0, object.latencyNs.high >>> 0).toNumber();
                if (object.queueDepth != null)
                    if ($Number(object.queueDepth) !== 0)
                        message.queueDepth = object.queueDepth >>> 0;
                if (object.counters) {
                    if (!$util.isObject(object.counters))
                        throw $TypeError(".vigil.v1.Heartbeat.counters: object expected");
                    message.counters = {};
                    for (let keys = $Object.keys(object.counters), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.counters, keys[i]);
                        message.counters[keys[i]] = $Number(object.counters[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {vigil.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.counters = {};
                if (options.defaults) {
                    object.component = "";
                    object.instance = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.state = options.enums === $String ? "HEALTH_STATE_UNSPECIFIED" : 0;
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.frameAgeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.frameAgeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.latencyNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.latencyNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.queueDepth = 0;
                }
                if (message.component != null && $Object.hasOwnProperty.call(message, "component"))
                    object.component = message.component;
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    object.instance = message.instance;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber() : message.timeNs;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.vigil.v1.HealthState[message.state] === $undefined ? message.state : $root.vigil.v1.HealthState[message.state] : message.state;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.frameAgeNs != null && $Object.hasOwnProperty.call(message, "frameAgeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.frameAgeNs = typeof message.frameAgeNs === "number" ? $BigInt(message.frameAgeNs) : $util.Long.fromBits(message.frameAgeNs.low >>> 0, message.frameAgeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.frameAgeNs === "number")
                        object.frameAgeNs = options.longs === $String ? $String(message.frameAgeNs) : message.frameAgeNs;
                    else
                        object.frameAgeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.frameAgeNs) : options.longs === $Number ? new $util.LongBits(message.frameAgeNs.low >>> 0, message.frameAgeNs.high >>> 0).toNumber() : message.frameAgeNs;
                if (message.latencyNs != null && $Object.hasOwnProperty.call(message, "latencyNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.latencyNs = typeof message.latencyNs === "number" ? $BigInt(message.latencyNs) : $util.Long.fromBits(message.latencyNs.low >>> 0, message.latencyNs.high >>> 0, false).toBigInt();
                    else if (typeof message.latencyNs === "number")
                        object.latencyNs = options.longs === $String ? $String(message.latencyNs) : message.latencyNs;
                    else
                        object.latencyNs = options.longs === $String ? $util.Long.prototype.toString.call(message.latencyNs) : options.longs === $Number ? new $util.LongBits(message.latencyNs.low >>> 0, message.latencyNs.high >>> 0).toNumber() : message.latencyNs;
                if (message.queueDepth != null && $Object.hasOwnProperty.call(message, "queueDepth"))
                    object.queueDepth = message.queueDepth;
                let keys2;
                if (message.counters && (keys2 = $Object.keys(message.counters)).length) {
                    object.counters = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.counters, keys2[j]);
                        object.counters[keys2[j]] = options.json && !$isFinite(message.counters[keys2[j]]) ? $String(message.counters[keys2[j]]) : message.counters[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof vigil.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.Detection = (function() {

            /**
             * Properties of a Detection.
             * @typedef {Object} vigil.v1.Detection.$Properties
             * @property {number|null} [classId] Detection classId
             * @property {string|null} [label] Detection label
             * @property {number|null} [score] Detection score
             * @property {number|null} [x1] Detection x1
             * @property {number|null} [y1] Detection y1
             * @property {number|null} [x2] Detection x2
             * @property {number|null} [y2] Detection y2
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Detection.
             * @memberof vigil.v1
             * @interface IDetection
             * @augments vigil.v1.Detection.$Properties
             * @deprecated Use vigil.v1.Detection.$Properties instead.
             */

            /**
             * Shape of a Detection.
             * @typedef {vigil.v1.Detection.$Properties} vigil.v1.Detection.$Shape
             */

            /**
             * Constructs a new Detection.
             * @memberof vigil.v1
             * @classdesc Represents a Detection.
             * @constructor
             * @param {vigil.v1.Detection.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Detection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Detection classId.
             * @member {number} classId
             * @memberof vigil.v1.Detection
             * @instance
             */
            Detection.prototype.classId = 0;

            /**
             * Detection label.
             * @member {string} label
             * @memberof vigil.v1.Detection
             * @instance
             */
            Detection.prototype.label = "";

            /**
             * Detection score.
             * @member {number} score
             * @memberof vigil.v1.Detection
             * @instance
             */
            Detection.prototype.score = 0;

            /**
             * Detection x1.
             * @member {number} x1
             * @memberof vigil.v1.Detection
             * @instance
             */
            Detection.prototype.x1 = 0;

            /**
             * Detection y1.
             * @member {number} y1
             * @memberof vigil.v1.Detection
             * @instance
             */
            Detection.prototype.y1 = 0;

            /**
             * Detection x2.
             * @member {number} x2
             * @memberof vigil.v1.Detection
             * @instance
             */
            Detection.prototype.x2 = 0;

            /**
             * Detection y2.
             * @member {number} y2
             * @memberof vigil.v1.Detection
             * @instance
             */
            Detection.prototype.y2 = 0;

            /**
             * Creates a new Detection instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Detection
             * @static
             * @param {vigil.v1.Detection.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Detection} Detection instance
             * @type {{
             *   (properties: vigil.v1.Detection.$Shape): vigil.v1.Detection & vigil.v1.Detection.$Shape;
             *   (properties?: vigil.v1.Detection.$Properties): vigil.v1.Detection;
             * }}
             */
            Detection.create = function(properties) {
                return new Detection(properties);
            };

            /**
             * Encodes the specified Detection message. Does not implicitly {@link vigil.v1.Detection.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Detection
             * @static
             * @param {vigil.v1.Detection.$Properties} message Detection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Detection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.classId != null && $Object.hasOwnProperty.call(message, "classId") && message.classId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.classId);
                if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.label);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.score);
                if (message.x1 != null && $Object.hasOwnProperty.call(message, "x1") && !$Object.is(message.x1, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.x1);
                if (message.y1 != null && $Object.hasOwnProperty.call(message, "y1") && !$Object.is(message.y1, 0))
                    writer.uint32(/* id 5, wireType 5 =*/45).float(message.y1);
                if (message.x2 != null && $Object.hasOwnProperty.call(message, "x2") && !$Object.is(message.x2, 0))
                    writer.uint32(/* id 6, wireType 5 =*/53).float(message.x2);
                if (message.y2 != null && $Object.hasOwnProperty.call(message, "y2") && !$Object.is(message.y2, 0))
                    writer.uint32(/* id 7, wireType 5 =*/61).float(message.y2);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Detection message, length delimited. Does not implicitly {@link vigil.v1.Detection.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Detection
             * @static
             * @param {vigil.v1.Detection.$Properties} message Detection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Detection.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Detection message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Detection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Detection & vigil.v1.Detection.$Shape} Detection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Detection.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.Detection();
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
                            if (value = reader.int32())
                                message.classId = value;
                            else
                                delete message.classId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.label = value;
                            else
                                delete message.label;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.x1 = value;
                            else
                                delete message.x1;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.y1 = value;
                            else
                                delete message.y1;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.x2 = value;
                            else
                                delete message.x2;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.y2 = value;
                            else
                                delete message.y2;
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
             * Decodes a Detection message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Detection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Detection & vigil.v1.Detection.$Shape} Detection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Detection.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Detection message.
             * @function verify
             * @memberof vigil.v1.Detection
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Detection.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.classId != null && $Object.hasOwnProperty.call(message, "classId"))
                    if (!$util.isInteger(message.classId))
                        return "classId: integer expected";
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    if (!$util.isString(message.label))
                        return "label: string expected";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.x1 != null && $Object.hasOwnProperty.call(message, "x1"))
                    if (typeof message.x1 !== "number")
                        return "x1: number expected";
                if (message.y1 != null && $Object.hasOwnProperty.call(message, "y1"))
                    if (typeof message.y1 !== "number")
                        return "y1: number expected";
                if (message.x2 != null && $Object.hasOwnProperty.call(message, "x2"))
                    if (typeof message.x2 !== "number")
                        return "x2: number expected";
                if (message.y2 != null && $Object.hasOwnProperty.call(message, "y2"))
                    if (typeof message.y2 !== "number")
                        return "y2: number expected";
                return null;
            };

            /**
             * Creates a Detection message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Detection
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Detection} Detection
             */
            Detection.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Detection)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Detection: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Detection();
                if (object.classId != null)
                    if ($Number(object.classId) !== 0)
                        message.classId = object.classId | 0;
                if (object.label != null)
                    if (typeof object.label !== "string" || object.label.length)
                        message.label = $String(object.label);
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.x1 != null)
                    if (!$Object.is($Number(object.x1), 0))
                        message.x1 = $Number(object.x1);
                if (object.y1 != null)
                    if (!$Object.is($Number(object.y1), 0))
                        message.y1 = $Number(object.y1);
                if (object.x2 != null)
                    if (!$Object.is($Number(object.x2), 0))
                        message.x2 = $Number(object.x2);
                if (object.y2 != null)
                    if (!$Object.is($Number(object.y2), 0))
                        message.y2 = $Number(object.y2);
                return message;
            };

            /**
             * Creates a plain object from a Detection message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Detection
             * @static
             * @param {vigil.v1.Detection} message Detection
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Detection.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.classId = 0;
                    object.label = "";
                    object.score = 0;
                    object.x1 = 0;
                    object.y1 = 0;
                    object.x2 = 0;
                    object.y2 = 0;
                }
                if (message.classId != null && $Object.hasOwnProperty.call(message, "classId"))
                    object.classId = message.classId;
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    object.label = message.label;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.x1 != null && $Object.hasOwnProperty.call(message, "x1"))
                    object.x1 = options.json && !$isFinite(message.x1) ? $String(message.x1) : message.x1;
                if (message.y1 != null && $Object.hasOwnProperty.call(message, "y1"))
                    object.y1 = options.json && !$isFinite(message.y1) ? $String(message.y1) : message.y1;
                if (message.x2 != null && $Object.hasOwnProperty.call(message, "x2"))
                    object.x2 = options.json && !$isFinite(message.x2) ? $String(message.x2) : message.x2;
                if (message.y2 != null && $Object.hasOwnProperty.call(message, "y2"))
                    object.y2 = options.json && !$isFinite(message.y2) ? $String(message.y2) : message.y2;
                return object;
            };

            /**
             * Converts this Detection to JSON.
             * @function toJSON
             * @memberof vigil.v1.Detection
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Detection.prototype.toJSON = function() {
                return Detection.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Detection
             * @function getTypeUrl
             * @memberof vigil.v1.Detection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Detection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Detection";
            };

            return Detection;
        })();

        v1.StageTiming = (function() {

            /**
             * Properties of a StageTiming.
             * @typedef {Object} vigil.v1.StageTiming.$Properties
             * @property {string|null} [stage] StageTiming stage
             * @property {Long|null} [durationNs] StageTiming durationNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StageTiming.
             * @memberof vigil.v1
             * @interface IStageTiming
             * @augments vigil.v1.StageTiming.$Properties
             * @deprecated Use vigil.v1.StageTiming.$Properties instead.
             */

            /**
             * Shape of a StageTiming.
             * @typedef {vigil.v1.StageTiming.$Properties} vigil.v1.StageTiming.$Shape
             */

            /**
             * Constructs a new StageTiming.
             * @memberof vigil.v1
             * @classdesc Represents a StageTiming.
             * @constructor
             * @param {vigil.v1.StageTiming.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StageTiming = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StageTiming stage.
             * @member {string} stage
             * @memberof vigil.v1.StageTiming
             * @instance
             */
            StageTiming.prototype.stage = "";

            /**
             * StageTiming durationNs.
             * @member {Long} durationNs
             * @memberof vigil.v1.StageTiming
             * @instance
             */
            StageTiming.prototype.durationNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new StageTiming instance using the specified properties.
             * @function create
             * @memberof vigil.v1.StageTiming
             * @static
             * @param {vigil.v1.StageTiming.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.StageTiming} StageTiming instance
             * @type {{
             *   (properties: vigil.v1.StageTiming.$Shape): vigil.v1.StageTiming & vigil.v1.StageTiming.$Shape;
             *   (properties?: vigil.v1.StageTiming.$Properties): vigil.v1.StageTiming;
             * }}
             */
            StageTiming.create = function(properties) {
                return new StageTiming(properties);
            };

            /**
             * Encodes the specified StageTiming message. Does not implicitly {@link vigil.v1.StageTiming.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.StageTiming
             * @static
             * @param {vigil.v1.StageTiming.$Properties} message StageTiming message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StageTiming.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage") && message.stage !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.stage);
                if (message.durationNs != null && $Object.hasOwnProperty.call(message, "durationNs") && (typeof message.durationNs === "object" ? message.durationNs.low || message.durationNs.high : message.durationNs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.durationNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StageTiming message, length delimited. Does not implicitly {@link vigil.v1.StageTiming.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.StageTiming
             * @static
             * @param {vigil.v1.StageTiming.$Properties} message StageTiming message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StageTiming.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StageTiming message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.StageTiming
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.StageTiming & vigil.v1.StageTiming.$Shape} StageTiming
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StageTiming.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.StageTiming();
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
                            if ((value = reader.stringVerify()).length)
                                message.stage = value;
                            else
                                delete message.stage;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationNs = value;
                            else
                                delete message.durationNs;
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
             * Decodes a StageTiming message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.StageTiming
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.StageTiming & vigil.v1.StageTiming.$Shape} StageTiming
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StageTiming.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StageTiming message.
             * @function verify
             * @memberof vigil.v1.StageTiming
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StageTiming.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    if (!$util.isString(message.stage))
                        return "stage: string expected";
                if (message.durationNs != null && $Object.hasOwnProperty.call(message, "durationNs"))
                    if (!$util.isInteger(message.durationNs) && !(message.durationNs && $util.isInteger(message.durationNs.low) && $util.isInteger(message.durationNs.high)))
                        return "durationNs: integer|Long expected";
                return null;
            };

            /**
             * Creates a StageTiming message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.StageTiming
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.StageTiming} StageTiming
             */
            StageTiming.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.StageTiming)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.StageTiming: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.StageTiming();
                if (object.stage != null)
                    if (typeof object.stage !== "string" || object.stage.length)
                        message.stage = $String(object.stage);
                if (object.durationNs != null)
                    if (typeof object.durationNs === "object" ? object.durationNs.low || object.durationNs.high : $Number(object.durationNs) !== 0)
                        if ($util.Long)
                            message.durationNs = $util.Long.fromValue(object.durationNs, false);
                        else if (typeof object.durationNs === "string")
                            message.durationNs = $parseInt(object.durationNs, 10);
                        else if (typeof object.durationNs === "number")
                            message.durationNs = object.durationNs;
                        else if (typeof object.durationNs === "object")
                            message.durationNs = new $util.LongBits(object.durationNs.low >>> 0, object.durationNs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a StageTiming message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.StageTiming
             * @static
             * @param {vigil.v1.StageTiming} message StageTiming
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StageTiming.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.stage = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.durationNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    object.stage = message.stage;
                if (message.durationNs != null && $Object.hasOwnProperty.call(message, "durationNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationNs = typeof message.durationNs === "number" ? $BigInt(message.durationNs) : $util.Long.fromBits(message.durationNs.low >>> 0, message.durationNs.high >>> 0, false).toBigInt();
                    else if (typeof message.durationNs === "number")
                        object.durationNs = options.longs === $String ? $String(message.durationNs) : message.durationNs;
                    else
                        object.durationNs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationNs) : options.longs === $Number ? new $util.LongBits(message.durationNs.low >>> 0, message.durationNs.high >>> 0).toNumber() : message.durationNs;
                return object;
            };

            /**
             * Converts this StageTiming to JSON.
             * @function toJSON
             * @memberof vigil.v1.StageTiming
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StageTiming.prototype.toJSON = function() {
                return StageTiming.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StageTiming
             * @function getTypeUrl
             * @memberof vigil.v1.StageTiming
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StageTiming.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.StageTiming";
            };

            return StageTiming;
        })();

        v1.DetectionSet = (function() {

            /**
             * Properties of a DetectionSet.
             * @typedef {Object} vigil.v1.DetectionSet.$Properties
             * @property {string|null} [sensorId] DetectionSet sensorId
             * @property {Long|null} [seq] DetectionSet seq
             * @property {Long|null} [captureTimeNs] DetectionSet captureTimeNs
             * @property {Long|null} [publishTimeNs] DetectionSet publishTimeNs
             * @property {string|null} [modelName] DetectionSet modelName
             * @property {string|null} [modelVersion] DetectionSet modelVersion
             * @property {string|null} [backend] DetectionSet backend
             * @property {number|null} [frameWidth] DetectionSet frameWidth
             * @property {number|null} [frameHeight] DetectionSet frameHeight
             * @property {Array.<vigil.v1.Detection.$Properties>|null} [detections] DetectionSet detections
             * @property {Array.<vigil.v1.StageTiming.$Properties>|null} [timings] DetectionSet timings
             * @property {Array.<string>|null} [degradedReasons] DetectionSet degradedReasons
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DetectionSet.
             * @memberof vigil.v1
             * @interface IDetectionSet
             * @augments vigil.v1.DetectionSet.$Properties
             * @deprecated Use vigil.v1.DetectionSet.$Properties instead.
             */

            /**
             * Shape of a DetectionSet.
             * @typedef {vigil.v1.DetectionSet.$Properties} vigil.v1.DetectionSet.$Shape
             */

            /**
             * Constructs a new DetectionSet.
             * @memberof vigil.v1
             * @classdesc Represents a DetectionSet.
             * @constructor
             * @param {vigil.v1.DetectionSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DetectionSet = function (properties) {
                this.detections = [];
                this.timings = [];
                this.degradedReasons = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DetectionSet sensorId.
             * @member {string} sensorId
             * @memberof vigil.v1.DetectionSet
             * @instance
             */
            DetectionSet.prototype.sensorId = "";

            /**
             * DetectionSet seq.
             * @member {Long} seq
             * @memberof vigil.v1.DetectionSet
             * @instance
             */
            DetectionSet.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DetectionSet captureTimeNs.
             * @member {Long} captureTimeNs
             * @memberof vigil.v1.DetectionSet
             * @instance
             */
            DetectionSet.prototype.captureTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DetectionSet publishTimeNs.
             * @member {Long} publishTimeNs
             * @memberof vigil.v1.DetectionSet
             * @instance
             */
            DetectionSet.prototype.publishTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DetectionSet modelName.
             * @member {string} modelName
             * @memberof vigil.v1.DetectionSet
             * @instance
             */
            DetectionSet.prototype.modelName = "";

            /**
             * DetectionSet modelVersion.
             * @member {string} modelVersion
             * @memberof vigil.v1.DetectionSet
             * @instance
             */
            DetectionSet.prototype.modelVersion = "";

            /**
             * DetectionSet backend.
             * @member {string} backend
             * @memberof vigil.v1.DetectionSet
             * @instance
             */
            DetectionSet.prototype.backend = "";

            /**
             * DetectionSet frameWidth.
             * @member {number} frameWidth
             * @memberof vigil.v1.DetectionSet
             * @instance
             */
            DetectionSet.prototype.frameWidth = 0;

            /**
             * DetectionSet frameHeight.
             * @member {number} frameHeight
             * @memberof vigil.v1.DetectionSet
             * @instance
             */
            DetectionSet.prototype.frameHeight = 0;

            /**
             * DetectionSet detections.
             * @member {Array.<vigil.v1.Detection.$Properties>} detections
             * @memberof vigil.v1.DetectionSet
             * @instance
             */
            DetectionSet.prototype.detections = $util.emptyArray;

            /**
             * DetectionSet timings.
             * @member {Array.<vigil.v1.StageTiming.$Properties>} timings
             * @memberof vigil.v1.DetectionSet
             * @instance
             */
            DetectionSet.prototype.timings = $util.emptyArray;

            /**
             * DetectionSet degradedReasons.
             * @member {Array.<string>} degradedReasons
             * @memberof vigil.v1.DetectionSet
             * @instance
             */
            DetectionSet.prototype.degradedReasons = $util.emptyArray;

            /**
             * Creates a new DetectionSet instance using the specified properties.
             * @function create
             * @memberof vigil.v1.DetectionSet
             * @static
             * @param {vigil.v1.DetectionSet.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.DetectionSet} DetectionSet instance
             * @type {{
             *   (properties: vigil.v1.DetectionSet.$Shape): vigil.v1.DetectionSet & vigil.v1.DetectionSet.$Shape;
             *   (properties?: vigil.v1.DetectionSet.$Properties): vigil.v1.DetectionSet;
             * }}
             */
            DetectionSet.create = function(properties) {
                return new DetectionSet(properties);
            };

            /**
             * Encodes the specified DetectionSet message. Does not implicitly {@link vigil.v1.DetectionSet.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.DetectionSet
             * @static
             * @param {vigil.v1.DetectionSet.$Properties} message DetectionSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DetectionSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId") && message.sensorId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sensorId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs") && (typeof message.captureTimeNs === "object" ? message.captureTimeNs.low || message.captureTimeNs.high : message.captureTimeNs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.captureTimeNs);
                if (message.publishTimeNs != null && $Object.hasOwnProperty.call(message, "publishTimeNs") && (typeof message.publishTimeNs === "object" ? message.publishTimeNs.low || message.publishTimeNs.high : message.publishTimeNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.publishTimeNs);
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName") && message.modelName !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.modelName);
                if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion") && message.modelVersion !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.modelVersion);
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend") && message.backend !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.backend);
                if (message.frameWidth != null && $Object.hasOwnProperty.call(message, "frameWidth") && message.frameWidth !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.frameWidth);
                if (message.frameHeight != null && $Object.hasOwnProperty.call(message, "frameHeight") && message.frameHeight !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.frameHeight);
                if (message.detections != null && message.detections.length)
                    for (let i = 0; i < message.detections.length; ++i)
                        $root.vigil.v1.Detection.encode(message.detections[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.timings != null && message.timings.length)
                    for (let i = 0; i < message.timings.length; ++i)
                        $root.vigil.v1.StageTiming.encode(message.timings[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.degradedReasons != null && message.degradedReasons.length)
                    for (let i = 0; i < message.degradedReasons.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.degradedReasons[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DetectionSet message, length delimited. Does not implicitly {@link vigil.v1.DetectionSet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.DetectionSet
             * @static
             * @param {vigil.v1.DetectionSet.$Properties} message DetectionSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DetectionSet.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DetectionSet message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.DetectionSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.DetectionSet & vigil.v1.DetectionSet.$Shape} DetectionSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DetectionSet.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.DetectionSet();
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
                            if ((value = reader.stringVerify()).length)
                                message.sensorId = value;
                            else
                                delete message.sensorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.captureTimeNs = value;
                            else
                                delete message.captureTimeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.publishTimeNs = value;
                            else
                                delete message.publishTimeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelName = value;
                            else
                                delete message.modelName;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelVersion = value;
                            else
                                delete message.modelVersion;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backend = value;
                            else
                                delete message.backend;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.frameWidth = value;
                            else
                                delete message.frameWidth;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.frameHeight = value;
                            else
                                delete message.frameHeight;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.detections && message.detections.length))
                                message.detections = [];
                            message.detections.push($root.vigil.v1.Detection.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.timings && message.timings.length))
                                message.timings = [];
                            message.timings.push($root.vigil.v1.StageTiming.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.degradedReasons && message.degradedReasons.length))
                                message.degradedReasons = [];
                            message.degradedReasons.push(reader.stringVerify());
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
             * Decodes a DetectionSet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.DetectionSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.DetectionSet & vigil.v1.DetectionSet.$Shape} DetectionSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DetectionSet.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DetectionSet message.
             * @function verify
             * @memberof vigil.v1.DetectionSet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DetectionSet.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    if (!$util.isString(message.sensorId))
                        return "sensorId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs"))
                    if (!$util.isInteger(message.captureTimeNs) && !(message.captureTimeNs && $util.isInteger(message.captureTimeNs.low) && $util.isInteger(message.captureTimeNs.high)))
                        return "captureTimeNs: integer|Long expected";
                if (message.publishTimeNs != null && $Object.hasOwnProperty.call(message, "publishTimeNs"))
                    if (!$util.isInteger(message.publishTimeNs) && !(message.publishTimeNs && $util.isInteger(message.publishTimeNs.low) && $util.isInteger(message.publishTimeNs.high)))
                        return "publishTimeNs: integer|Long expected";
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                    if (!$util.isString(message.modelName))
                        return "modelName: string expected";
                if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion"))
                    if (!$util.isString(message.modelVersion))
                        return "modelVersion: string expected";
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    if (!$util.isString(message.backend))
                        return "backend: string expected";
                if (message.frameWidth != null && $Object.hasOwnProperty.call(message, "frameWidth"))
                    if (!$util.isInteger(message.frameWidth))
                        return "frameWidth: integer expected";
                if (message.frameHeight != null && $Object.hasOwnProperty.call(message, "frameHeight"))
                    if (!$util.isInteger(message.frameHeight))
                        return "frameHeight: integer expected";
                if (message.detections != null && $Object.hasOwnProperty.call(message, "detections")) {
                    if (!$Array.isArray(message.detections))
                        return "detections: array expected";
                    for (let i = 0; i < message.detections.length; ++i) {
                        let error = $root.vigil.v1.Detection.verify(message.detections[i], _depth + 1);
                        if (error)
                            return "detections." + error;
                    }
                }
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings")) {
                    if (!$Array.isArray(message.timings))
                        return "timings: array expected";
                    for (let i = 0; i < message.timings.length; ++i) {
                        let error = $root.vigil.v1.StageTiming.verify(message.timings[i], _depth + 1);
                        if (error)
                            return "timings." + error;
                    }
                }
                if (message.degradedReasons != null && $Object.hasOwnProperty.call(message, "degradedReasons")) {
                    if (!$Array.isArray(message.degradedReasons))
                        return "degradedReasons: array expected";
                    for (let i = 0; i < message.degradedReasons.length; ++i)
                        if (!$util.isString(message.degradedReasons[i]))
                            return "degradedReasons: string[] expected";
                }
                return null;
            };

            /**
             * Creates a DetectionSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.DetectionSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.DetectionSet} DetectionSet
             */
            DetectionSet.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.DetectionSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.DetectionSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.DetectionSet();
                if (object.sensorId != null)
                    if (typeof object.sensorId !== "string" || object.sensorId.length)
                        message.sensorId = $String(object.sensorId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.captureTimeNs != null)
                    if (typeof object.captureTimeNs === "object" ? object.captureTimeNs.low || object.captureTimeNs.high : $Number(object.captureTimeNs) !== 0)
                        if ($util.Long)
                            message.captureTimeNs = $util.Long.fromValue(object.captureTimeNs, false);
                        else if (typeof object.captureTimeNs === "string")
                            message.captureTimeNs = $parseInt(object.captureTimeNs, 10);
                        else if (typeof object.captureTimeNs === "number")
                            message.captureTimeNs = object.captureTimeNs;
                        else if (typeof object.captureTimeNs === "object")
                            message.captureTimeNs = new $util.LongBits(object.captureTimeNs.low >>> 0, object.captureTimeNs.high >>> 0).toNumber();
                if (object.publishTimeNs != null)
                    if (typeof object.publishTimeNs === "object" ? object.publishTimeNs.low || object.publishTimeNs.high : $Number(object.publishTimeNs) !== 0)
                        if ($util.Long)
                            message.publishTimeNs = $util.Long.fromValue(object.publishTimeNs, false);
                        else if (typeof object.publishTimeNs === "string")
                            message.publishTimeNs = $parseInt(object.publishTimeNs, 10);
                        else if (typeof object.publishTimeNs === "number")
                            message.publishTimeNs = object.publishTimeNs;
                        else if (typeof object.publishTimeNs === "object")
                            message.publishTimeNs = new $util.LongBits(object.publishTimeNs.low >>> 0, object.publishTimeNs.high >>> 0).toNumber();
                if (object.modelName != null)
                    if (typeof object.modelName !== "string" || object.modelName.length)
                        message.modelName = $String(object.modelName);
                if (object.modelVersion != null)
                    if (typeof object.modelVersion !== "string" || object.modelVersion.length)
                        message.modelVersion = $String(object.modelVersion);
                if (object.backend != null)
                    if (typeof object.backend !== "string" || object.backend.length)
                        message.backend = $String(object.backend);
                if (object.frameWidth != null)
                    if ($Number(object.frameWidth) !== 0)
                        message.frameWidth = object.frameWidth >>> 0;
                if (object.frameHeight != null)
                    if ($Number(object.frameHeight) !== 0)
                        message.frameHeight = object.frameHeight >>> 0;
                if (object.detections) {
                    if (!$Array.isArray(object.detections))
                        throw $TypeError(".vigil.v1.DetectionSet.detections: array expected");
                    message.detections = $Array(object.detections.length);
                    for (let i = 0; i < object.detections.length; ++i) {
                        if (!$util.isObject(object.detections[i]))
                            throw $TypeError(".vigil.v1.DetectionSet.detections: object expected");
                        message.detections[i] = $root.vigil.v1.Detection.fromObject(object.detections[i], _depth + 1);
                    }
                }
                if (object.timings) {
                    if (!$Array.isArray(object.timings))
                        throw $TypeError(".vigil.v1.DetectionSet.timings: array expected");
                    message.timings = $Array(object.timings.length);
                    for (let i = 0; i < object.timings.length; ++i) {
                        if (!$util.isObject(object.timings[i]))
                            throw $TypeError(".vigil.v1.DetectionSet.timings: object expected");
                        message.timings[i] = $root.vigil.v1.StageTiming.fromObject(object.timings[i], _depth + 1);
                    }
                }
                if (object.degradedReasons) {
                    if (!$Array.isArray(object.degradedReasons))
                        throw $TypeError(".vigil.v1.DetectionSet.degradedReasons: array expected");
                    message.degradedReasons = $Array(object.degradedReasons.length);
                    for (let i = 0; i < object.degradedReasons.length; ++i)
                        message.degradedReasons[i] = $String(object.degradedReasons[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a DetectionSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.DetectionSet
             * @static
             * @param {vigil.v1.DetectionSet} message DetectionSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DetectionSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.detections = [];
                    object.timings = [];
                    object.degradedReasons = [];
                }
                if (options.defaults) {
                    object.sensorId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.captureTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.captureTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.publishTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.publishTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.modelName = "";
                    object.modelVersion = "";
                    object.backend = "";
                    object.frameWidth = 0;
                    object.frameHeight = 0;
                }
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    object.sensorId = message.sensorId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.captureTimeNs = typeof message.captureTimeNs === "number" ? $BigInt(message.captureTimeNs) : $util.Long.fromBits(message.captureTimeNs.low >>> 0, message.captureTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.captureTimeNs === "number")
                        object.captureTimeNs = options.longs === $String ? $String(message.captureTimeNs) : message.captureTimeNs;
                    else
                        object.captureTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.captureTimeNs) : options.longs === $Number ? new $util.LongBits(message.captureTimeNs.low >>> 0, message.captureTimeNs.high >>> 0).toNumber() : message.captureTimeNs;
                if (message.publishTimeNs != null && $Object.hasOwnProperty.call(message, "publishTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.publishTimeNs = typeof message.publishTimeNs === "number" ? $BigInt(message.publishTimeNs) : $util.Long.fromBits(message.publishTimeNs.low >>> 0, message.publishTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.publishTimeNs === "number")
                        object.publishTimeNs = options.longs === $String ? $String(message.publishTimeNs) : message.publishTimeNs;
                    else
                        object.publishTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.publishTimeNs) : options.longs === $Number ? new $util.LongBits(message.publishTimeNs.low >>> 0, message.publishTimeNs.high >>> 0).toNumber() : message.publishTimeNs;
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                    object.modelName = message.modelName;
                if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion"))
                    object.modelVersion = message.modelVersion;
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    object.backend = message.backend;
                if (message.frameWidth != null && $Object.hasOwnProperty.call(message, "frameWidth"))
                    object.frameWidth = message.frameWidth;
                if (message.frameHeight != null && $Object.hasOwnProperty.call(message, "frameHeight"))
                    object.frameHeight = message.frameHeight;
                if (message.detections && message.detections.length) {
                    object.detections = $Array(message.detections.length);
                    for (let j = 0; j < message.detections.length; ++j)
                        object.detections[j] = $root.vigil.v1.Detection.toObject(message.detections[j], options, _depth + 1);
                }
                if (message.timings && message.timings.length) {
                    object.timings = $Array(message.timings.length);
                    for (let j = 0; j < message.timings.length; ++j)
                        object.timings[j] = $root.vigil.v1.StageTiming.toObject(message.timings[j], options, _depth + 1);
                }
                if (message.degradedReasons && message.degradedReasons.length) {
                    object.degradedReasons = $Array(message.degradedReasons.length);
                    for (let j = 0; j < message.degradedReasons.length; ++j)
                        object.degradedReasons[j] = message.degradedReasons[j];
                }
                return object;
            };

            /**
             * Converts this DetectionSet to JSON.
             * @function toJSON
             * @memberof vigil.v1.DetectionSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DetectionSet.prototype.toJSON = function() {
                return DetectionSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DetectionSet
             * @function getTypeUrl
             * @memberof vigil.v1.DetectionSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DetectionSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.DetectionSet";
            };

            return DetectionSet;
        })();

        /**
         * TrackState enum.
         * @name vigil.v1.TrackState
         * @enum {number}
         * @property {number} TRACK_STATE_UNSPECIFIED=0 TRACK_STATE_UNSPECIFIED value
         * @property {number} TRACK_STATE_TENTATIVE=1 TRACK_STATE_TENTATIVE value
         * @property {number} TRACK_STATE_CONFIRMED=2 TRACK_STATE_CONFIRMED value
         * @property {number} TRACK_STATE_LOST=3 TRACK_STATE_LOST value
         * @property {number} TRACK_STATE_REMOVED=4 TRACK_STATE_REMOVED value
         */
        v1.TrackState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TRACK_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TRACK_STATE_TENTATIVE"] = 1;
            values[valuesById[2] = "TRACK_STATE_CONFIRMED"] = 2;
            values[valuesById[3] = "TRACK_STATE_LOST"] = 3;
            values[valuesById[4] = "TRACK_STATE_REMOVED"] = 4;
            return values;
        })();

        v1.Track = (function() {

            /**
             * Properties of a Track.
             * @typedef {Object} vigil.v1.Track.$Properties
             * @property {Long|null} [trackId] Track trackId
             * @property {number|null} [classId] Track classId
             * @property {string|null} [label] Track label
             * @property {number|null} [score] Track score
             * @property {number|null} [x1] Track x1
             * @property {number|null} [y1] Track y1
             * @property {number|null} [x2] Track x2
             * @property {number|null} [y2] Track y2
             * @property {number|null} [vxPxps] Track vxPxps
             * @property {number|null} [vyPxps] Track vyPxps
             * @property {Long|null} [ageNs] Track ageNs
             * @property {number|null} [hits] Track hits
             * @property {vigil.v1.TrackState|null} [state] Track state
             * @property {number|null} [xM] Track xM
             * @property {number|null} [yM] Track yM
             * @property {number|null} [vxMps] Track vxMps
             * @property {number|null} [vyMps] Track vyMps
             * @property {boolean|null} [hasGround] Track hasGround
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Track.
             * @memberof vigil.v1
             * @interface ITrack
             * @augments vigil.v1.Track.$Properties
             * @deprecated Use vigil.v1.Track.$Properties instead.
             */

            /**
             * Shape of a Track.
             * @typedef {vigil.v1.Track.$Properties} vigil.v1.Track.$Shape
             */

            /**
             * Constructs a new Track.
             * @memberof vigil.v1
             * @classdesc Represents a Track.
             * @constructor
             * @param {vigil.v1.Track.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Track = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Track trackId.
             * @member {Long} trackId
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.trackId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Track classId.
             * @member {number} classId
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.classId = 0;

            /**
             * Track label.
             * @member {string} label
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.label = "";

            /**
             * Track score.
             * @member {number} score
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.score = 0;

            /**
             * Track x1.
             * @member {number} x1
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.x1 = 0;

            /**
             * Track y1.
             * @member {number} y1
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.y1 = 0;

            /**
             * Track x2.
             * @member {number} x2
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.x2 = 0;

            /**
             * Track y2.
             * @member {number} y2
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.y2 = 0;

            /**
             * Track vxPxps.
             * @member {number} vxPxps
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.vxPxps = 0;

            /**
             * Track vyPxps.
             * @member {number} vyPxps
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.vyPxps = 0;

            /**
             * Track ageNs.
             * @member {Long} ageNs
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.ageNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Track hits.
             * @member {number} hits
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.hits = 0;

            /**
             * Track state.
             * @member {vigil.v1.TrackState} state
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.state = 0;

            /**
             * Track xM.
             * @member {number} xM
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.xM = 0;

            /**
             * Track yM.
             * @member {number} yM
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.yM = 0;

            /**
             * Track vxMps.
             * @member {number} vxMps
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.vxMps = 0;

            /**
             * Track vyMps.
             * @member {number} vyMps
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.vyMps = 0;

            /**
             * Track hasGround.
             * @member {boolean} hasGround
             * @memberof vigil.v1.Track
             * @instance
             */
            Track.prototype.hasGround = false;

            /**
             * Creates a new Track instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Track
             * @static
             * @param {vigil.v1.Track.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Track} Track instance
             * @type {{
             *   (properties: vigil.v1.Track.$Shape): vigil.v1.Track & vigil.v1.Track.$Shape;
             *   (properties?: vigil.v1.Track.$Properties): vigil.v1.Track;
             * }}
             */
            Track.create = function(properties) {
                return new Track(properties);
            };

            /**
             * Encodes the specified Track message. Does not implicitly {@link vigil.v1.Track.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Track
             * @static
             * @param {vigil.v1.Track.$Properties} message Track message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Track.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trackId != null && $Object.hasOwnProperty.call(message, "trackId") && (typeof message.trackId === "object" ? message.trackId.low || message.trackId.high : message.trackId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.trackId);
                if (message.classId != null && $Object.hasOwnProperty.call(message, "classId") && message.classId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.classId);
                if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.label);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.score);
                if (message.x1 != null && $Object.hasOwnProperty.call(message, "x1") && !$Object.is(message.x1, 0))
                    writer.uint32(/* id 5, wireType 5 =*/45).float(message.x1);
                if (message.y1 != null && $Object.hasOwnProperty.call(message, "y1") && !$Object.is(message.y1, 0))
                    writer.uint32(/* id 6, wireType 5 =*/53).float(message.y1);
                if (message.x2 != null && $Object.hasOwnProperty.call(message, "x2") && !$Object.is(message.x2, 0))
                    writer.uint32(/* id 7, wireType 5 =*/61).float(message.x2);
                if (message.y2 != null && $Object.hasOwnProperty.call(message, "y2") && !$Object.is(message.y2, 0))
                    writer.uint32(/* id 8, wireType 5 =*/69).float(message.y2);
                if (message.vxPxps != null && $Object.hasOwnProperty.call(message, "vxPxps") && !$Object.is(message.vxPxps, 0))
                    writer.uint32(/* id 9, wireType 5 =*/77).float(message.vxPxps);
                if (message.vyPxps != null && $Object.hasOwnProperty.call(message, "vyPxps") && !$Object.is(message.vyPxps, 0))
                    writer.uint32(/* id 10, wireType 5 =*/85).float(message.vyPxps);
                if (message.ageNs != null && $Object.hasOwnProperty.call(message, "ageNs") && (typeof message.ageNs === "object" ? message.ageNs.low || message.ageNs.high : message.ageNs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.ageNs);
                if (message.hits != null && $Object.hasOwnProperty.call(message, "hits") && message.hits !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.hits);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).int32(message.state);
                if (message.xM != null && $Object.hasOwnProperty.call(message, "xM") && !$Object.is(message.xM, 0))
                    writer.uint32(/* id 14, wireType 5 =*/117).float(message.xM);
                if (message.yM != null && $Object.hasOwnProperty.call(message, "yM") && !$Object.is(message.yM, 0))
                    writer.uint32(/* id 15, wireType 5 =*/125).float(message.yM);
                if (message.vxMps != null && $Object.hasOwnProperty.call(message, "vxMps") && !$Object.is(message.vxMps, 0))
                    writer.uint32(/* id 16, wireType 5 =*/133).float(message.vxMps);
                if (message.vyMps != null && $Object.hasOwnProperty.call(message, "vyMps") && !$Object.is(message.vyMps, 0))
                    writer.uint32(/* id 17, wireType 5 =*/141).float(message.vyMps);
                if (message.hasGround != null && $Object.hasOwnProperty.call(message, "hasGround") && message.hasGround !== false)
                    writer.uint32(/* id 18, wireType 0 =*/144).bool(message.hasGround);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Track message, length delimited. Does not implicitly {@link vigil.v1.Track.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.Track
             * @static
             * @param {vigil.v1.Track.$Properties} message Track message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Track.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Track message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Track
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Track & vigil.v1.Track.$Shape} Track
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Track.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.Track();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.trackId = value;
                            else
                                delete message.trackId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.classId = value;
                            else
                                delete message.classId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.label = value;
                            else
                                delete message.label;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.x1 = value;
                            else
                                delete message.x1;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.y1 = value;
                            else
                                delete message.y1;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.x2 = value;
                            else
                                delete message.x2;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.y2 = value;
                            else
                                delete message.y2;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.vxPxps = value;
                            else
                                delete message.vxPxps;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.vyPxps = value;
                            else
                                delete message.vyPxps;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ageNs = value;
                            else
                                delete message.ageNs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.hits = value;
                            else
                                delete message.hits;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.xM = value;
                            else
                                delete message.xM;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.yM = value;
                            else
                                delete message.yM;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.vxMps = value;
                            else
                                delete message.vxMps;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.vyMps = value;
                            else
                                delete message.vyMps;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasGround = value;
                            else
                                delete message.hasGround;
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
             * Decodes a Track message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.Track
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.Track & vigil.v1.Track.$Shape} Track
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Track.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Track message.
             * @function verify
             * @memberof vigil.v1.Track
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Track.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.trackId != null && $Object.hasOwnProperty.call(message, "trackId"))
                    if (!$util.isInteger(message.trackId) && !(message.trackId && $util.isInteger(message.trackId.low) && $util.isInteger(message.trackId.high)))
                        return "trackId: integer|Long expected";
                if (message.classId != null && $Object.hasOwnProperty.call(message, "classId"))
                    if (!$util.isInteger(message.classId))
                        return "classId: integer expected";
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    if (!$util.isString(message.label))
                        return "label: string expected";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.x1 != null && $Object.hasOwnProperty.call(message, "x1"))
                    if (typeof message.x1 !== "number")
                        return "x1: number expected";
                if (message.y1 != null && $Object.hasOwnProperty.call(message, "y1"))
                    if (typeof message.y1 !== "number")
                        return "y1: number expected";
                if (message.x2 != null && $Object.hasOwnProperty.call(message, "x2"))
                    if (typeof message.x2 !== "number")
                        return "x2: number expected";
                if (message.y2 != null && $Object.hasOwnProperty.call(message, "y2"))
                    if (typeof message.y2 !== "number")
                        return "y2: number expected";
                if (message.vxPxps != null && $Object.hasOwnProperty.call(message, "vxPxps"))
                    if (typeof message.vxPxps !== "number")
                        return "vxPxps: number expected";
                if (message.vyPxps != null && $Object.hasOwnProperty.call(message, "vyPxps"))
                    if (typeof message.vyPxps !== "number")
                        return "vyPxps: number expected";
                if (message.ageNs != null && $Object.hasOwnProperty.call(message, "ageNs"))
                    if (!$util.isInteger(message.ageNs) && !(message.ageNs && $util.isInteger(message.ageNs.low) && $util.isInteger(message.ageNs.high)))
                        return "ageNs: integer|Long expected";
                if (message.hits != null && $Object.hasOwnProperty.call(message, "hits"))
                    if (!$util.isInteger(message.hits))
                        return "hits: integer expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.xM != null && $Object.hasOwnProperty.call(message, "xM"))
                    if (typeof message.xM !== "number")
                        return "xM: number expected";
                if (message.yM != null && $Object.hasOwnProperty.call(message, "yM"))
                    if (typeof message.yM !== "number")
                        return "yM: number expected";
                if (message.vxMps != null && $Object.hasOwnProperty.call(message, "vxMps"))
                    if (typeof message.vxMps !== "number")
                        return "vxMps: number expected";
                if (message.vyMps != null && $Object.hasOwnProperty.call(message, "vyMps"))
                    if (typeof message.vyMps !== "number")
                        return "vyMps: number expected";
                if (message.hasGround != null && $Object.hasOwnProperty.call(message, "hasGround"))
                    if (typeof message.hasGround !== "boolean")
                        return "hasGround: boolean expected";
                return null;
            };

            /**
             * Creates a Track message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Track
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Track} Track
             */
            Track.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Track)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Track: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Track();
                if (object.trackId != null)
                    if (typeof object.trackId === "object" ? object.trackId.low || object.trackId.high : $Number(object.trackId) !== 0)
                        if ($util.Long)
                            message.trackId = $util.Long.fromValue(object.trackId, true);
                        else if (typeof object.trackId === "string")
                            message.trackId = $parseInt(object.trackId, 10);
                        else if (typeof object.trackId === "number")
                            message.trackId = object.trackId;
                        else if (typeof object.trackId === "object")
                            message.trackId = new $util.LongBits(object.trackId.low >>> 0, object.trackId.high >>> 0).toNumber(true);
                if (object.classId != null)
                    if ($Number(object.classId) !== 0)
                        message.classId = object.classId | 0;
                if (object.label != null)
                    if (typeof object.label !== "string" || object.label.length)
                        message.label = $String(object.label);
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.x1 != null)
                    if (!$Object.is($Number(object.x1), 0))
                        message.x1 = $Number(object.x1);
                if (object.y1 != null)
                    if (!$Object.is($Number(object.y1), 0))
                        message.y1 = $Number(object.y1);
                if (object.x2 != null)
                    if (!$Object.is($Number(object.x2), 0))
                        message.x2 = $Number(object.x2);
                if (object.y2 != null)
                    if (!$Object.is($Number(object.y2), 0))
                        message.y2 = $Number(object.y2);
                if (object.vxPxps != null)
                    if (!$Object.is($Number(object.vxPxps), 0))
                        message.vxPxps = $Number(object.vxPxps);
                if (object.vyPxps != null)
                    if (!$Object.is($Number(object.vyPxps), 0))
                        message.vyPxps = $Number(object.vyPxps);
                if (object.ageNs != null)
                    if (typeof object.ageNs === "object" ? object.ageNs.low || object.ageNs.high : $Number(object.ageNs) !== 0)
                        if ($util.Long)
                            message.ageNs = $util.Long.fromValue(object.ageNs, false);
                        else if (typeof object.ageNs === "string")
                            message.ageNs = $parseInt(object.ageNs, 10);
                        else if (typeof object.ageNs === "number")
                            message.ageNs = object.ageNs;
                        else if (typeof object.ageNs === "object")
                            message.ageNs = new $util.LongBits(object.ageNs.low >>> 0, object.ageNs.high >>> 0).toNumber();
                if (object.hits != null)
                    if ($Number(object.hits) !== 0)
                        message.hits = object.hits >>> 0;
                if (object.state !== 0 && (typeof object.state !== "string" || $root.vigil.v1.TrackState[object.state] !== 0))
                    switch (object.state) {
                    case "TRACK_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "TRACK_STATE_TENTATIVE":
                    case 1:
                        message.state = 1;
                        break;
                    case "TRACK_STATE_CONFIRMED":
                    case 2:
                        message.state = 2;
                        break;
                    case "TRACK_STATE_LOST":
                    case 3:
                        message.state = 3;
                        break;
                    case "TRACK_STATE_REMOVED":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.xM != null)
                    if (!$Object.is($Number(object.xM), 0))
                        message.xM = $Number(object.xM);
                if (object.yM != null)
                    if (!$Object.is($Number(object.yM), 0))
                        message.yM = $Number(object.yM);
                if (object.vxMps != null)
                    if (!$Object.is($Number(object.vxMps), 0))
                        message.vxMps = $Number(object.vxMps);
                if (object.vyMps != null)
                    if (!$Object.is($Number(object.vyMps), 0))
                        message.vyMps = $Number(object.vyMps);
                if (object.hasGround != null)
                    if (object.hasGround)
                        message.hasGround = $Boolean(object.hasGround);
                return message;
            };

            /**
             * Creates a plain object from a Track message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Track
             * @static
             * @param {vigil.v1.Track} message Track
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Track.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trackId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trackId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.classId = 0;
                    object.label = "";
                    object.score = 0;
                    object.x1 = 0;
                    object.y1 = 0;
                    object.x2 = 0;
                    object.y2 = 0;
                    object.vxPxps = 0;
                    object.vyPxps = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ageNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ageNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.hits = 0;
                    object.state = options.enums === $String ? "TRACK_STATE_UNSPECIFIED" : 0;
                    object.xM = 0;
                    object.yM = 0;
                    object.vxMps = 0;
                    object.vyMps = 0;
                    object.hasGround = false;
                }
                if (message.trackId != null && $Object.hasOwnProperty.call(message, "trackId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trackId = typeof message.trackId === "number" ? $BigInt(message.trackId) : $util.Long.fromBits(message.trackId.low >>> 0, message.trackId.high >>> 0, true).toBigInt();
                    else if (typeof message.trackId === "number")
                        object.trackId = options.longs === $String ? $String(message.trackId) : message.trackId;
                    else
                        object.trackId = options.longs === $String ? $util.Long.prototype.toString.call(message.trackId) : options.longs === $Number ? new $util.LongBits(message.trackId.low >>> 0, message.trackId.high >>> 0).toNumber(true) : message.trackId;
                if (message.classId != null && $Object.hasOwnProperty.call(message, "classId"))
                    object.classId = message.classId;
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    object.label = message.label;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.x1 != null && $Object.hasOwnProperty.call(message, "x1"))
                    object.x1 = options.json && !$isFinite(message.x1) ? $String(message.x1) : message.x1;
                if (message.y1 != null && $Object.hasOwnProperty.call(message, "y1"))
                    object.y1 = options.json && !$isFinite(message.y1) ? $String(message.y1) : message.y1;
                if (message.x2 != null && $Object.hasOwnProperty.call(message, "x2"))
                    object.x2 = options.json && !$isFinite(message.x2) ? $String(message.x2) : message.x2;
                if (message.y2 != null && $Object.hasOwnProperty.call(message, "y2"))
                    object.y2 = options.json && !$isFinite(message.y2) ? $String(message.y2) : message.y2;
                if (message.vxPxps != null && $Object.hasOwnProperty.call(message, "vxPxps"))
                    object.vxPxps = options.json && !$isFinite(message.vxPxps) ? $String(message.vxPxps) : message.vxPxps;
                if (message.vyPxps != null && $Object.hasOwnProperty.call(message, "vyPxps"))
                    object.vyPxps = options.json && !$isFinite(message.vyPxps) ? $String(message.vyPxps) : message.vyPxps;
                if (message.ageNs != null && $Object.hasOwnProperty.call(message, "ageNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ageNs = typeof message.ageNs === "number" ? $BigInt(message.ageNs) : $util.Long.fromBits(message.ageNs.low >>> 0, message.ageNs.high >>> 0, false).toBigInt();
                    else if (typeof message.ageNs === "number")
                        object.ageNs = options.longs === $String ? $String(message.ageNs) : message.ageNs;
                    else
                        object.ageNs = options.longs === $String ? $util.Long.prototype.toString.call(message.ageNs) : options.longs === $Number ? new $util.LongBits(message.ageNs.low >>> 0, message.ageNs.high >>> 0).toNumber() : message.ageNs;
                if (message.hits != null && $Object.hasOwnProperty.call(message, "hits"))
                    object.hits = message.hits;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.vigil.v1.TrackState[message.state] === $undefined ? message.state : $root.vigil.v1.TrackState[message.state] : message.state;
                if (message.xM != null && $Object.hasOwnProperty.call(message, "xM"))
                    object.xM = options.json && !$isFinite(message.xM) ? $String(message.xM) : message.xM;
                if (message.yM != null && $Object.hasOwnProperty.call(message, "yM"))
                    object.yM = options.json && !$isFinite(message.yM) ? $String(message.yM) : message.yM;
                if (message.vxMps != null && $Object.hasOwnProperty.call(message, "vxMps"))
                    object.vxMps = options.json && !$isFinite(message.vxMps) ? $String(message.vxMps) : message.vxMps;
                if (message.vyMps != null && $Object.hasOwnProperty.call(message, "vyMps"))
                    object.vyMps = options.json && !$isFinite(message.vyMps) ? $String(message.vyMps) : message.vyMps;
                if (message.hasGround != null && $Object.hasOwnProperty.call(message, "hasGround"))
                    object.hasGround = message.hasGround;
                return object;
            };

            /**
             * Converts this Track to JSON.
             * @function toJSON
             * @memberof vigil.v1.Track
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Track.prototype.toJSON = function() {
                return Track.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Track
             * @function getTypeUrl
             * @memberof vigil.v1.Track
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Track.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Track";
            };

            return Track;
        })();

        v1.TrackSet = (function() {

            /**
             * Properties of a TrackSet.
             * @typedef {Object} vigil.v1.TrackSet.$Properties
             * @property {string|null} [sensorId] TrackSet sensorId
             * @property {Long|null} [seq] TrackSet seq
             * @property {Long|null} [captureTimeNs] TrackSet captureTimeNs
             * @property {Long|null} [publishTimeNs] TrackSet publishTimeNs
             * @property {string|null} [modelName] TrackSet modelName
             * @property {string|null} [modelVersion] TrackSet modelVersion
             * @property {Array.<vigil.v1.Track.$Properties>|null} [tracks] TrackSet tracks
             * @property {Array.<vigil.v1.StageTiming.$Properties>|null} [timings] TrackSet timings
             * @property {Array.<string>|null} [degradedReasons] TrackSet degradedReasons
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrackSet.
             * @memberof vigil.v1
             * @interface ITrackSet
             * @augments vigil.v1.TrackSet.$Properties
             * @deprecated Use vigil.v1.TrackSet.$Properties instead.
             */

            /**
             * Shape of a TrackSet.
             * @typedef {vigil.v1.TrackSet.$Properties} vigil.v1.TrackSet.$Shape
             */

            /**
             * Constructs a new TrackSet.
             * @memberof vigil.v1
             * @classdesc Represents a TrackSet.
             * @constructor
             * @param {vigil.v1.TrackSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TrackSet = function (properties) {
                this.tracks = [];
                this.timings = [];
                this.degradedReasons = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TrackSet sensorId.
             * @member {string} sensorId
             * @memberof vigil.v1.TrackSet
             * @instance
             */
            TrackSet.prototype.sensorId = "";

            /**
             * TrackSet seq.
             * @member {Long} seq
             * @memberof vigil.v1.TrackSet
             * @instance
             */
            TrackSet.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TrackSet captureTimeNs.
             * @member {Long} captureTimeNs
             * @memberof vigil.v1.TrackSet
             * @instance
             */
            TrackSet.prototype.captureTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TrackSet publishTimeNs.
             * @member {Long} publishTimeNs
             * @memberof vigil.v1.TrackSet
             * @instance
             */
            TrackSet.prototype.publishTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TrackSet modelName.
             * @member {string} modelName
             * @memberof vigil.v1.TrackSet
             * @instance
             */
            TrackSet.prototype.modelName = "";

            /**
             * TrackSet modelVersion.
             * @member {string} modelVersion
             * @memberof vigil.v1.TrackSet
             * @instance
             */
            TrackSet.prototype.modelVersion = "";

            /**
             * TrackSet tracks.
             * @member {Array.<vigil.v1.Track.$Properties>} tracks
             * @memberof vigil.v1.TrackSet
             * @instance
             */
            TrackSet.prototype.tracks = $util.emptyArray;

            /**
             * TrackSet timings.
             * @member {Array.<vigil.v1.StageTiming.$Properties>} timings
             * @memberof vigil.v1.TrackSet
             * @instance
             */
            TrackSet.prototype.timings = $util.emptyArray;

            /**
             * TrackSet degradedReasons.
             * @member {Array.<string>} degradedReasons
             * @memberof vigil.v1.TrackSet
             * @instance
             */
            TrackSet.prototype.degradedReasons = $util.emptyArray;

            /**
             * Creates a new TrackSet instance using the specified properties.
             * @function create
             * @memberof vigil.v1.TrackSet
             * @static
             * @param {vigil.v1.TrackSet.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.TrackSet} TrackSet instance
             * @type {{
             *   (properties: vigil.v1.TrackSet.$Shape): vigil.v1.TrackSet & vigil.v1.TrackSet.$Shape;
             *   (properties?: vigil.v1.TrackSet.$Properties): vigil.v1.TrackSet;
             * }}
             */
            TrackSet.create = function(properties) {
                return new TrackSet(properties);
            };

            /**
             * Encodes the specified TrackSet message. Does not implicitly {@link vigil.v1.TrackSet.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.TrackSet
             * @static
             * @param {vigil.v1.TrackSet.$Properties} message TrackSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrackSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId") && message.sensorId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sensorId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs") && (typeof message.captureTimeNs === "object" ? message.captureTimeNs.low || message.captureTimeNs.high : message.captureTimeNs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.captureTimeNs);
                if (message.publishTimeNs != null && $Object.hasOwnProperty.call(message, "publishTimeNs") && (typeof message.publishTimeNs === "object" ? message.publishTimeNs.low || message.publishTimeNs.high : message.publishTimeNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.publishTimeNs);
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName") && message.modelName !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.modelName);
                if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion") && message.modelVersion !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.modelVersion);
                if (message.tracks != null && message.tracks.length)
                    for (let i = 0; i < message.tracks.length; ++i)
                        $root.vigil.v1.Track.encode(message.tracks[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.timings != null && message.timings.length)
                    for (let i = 0; i < message.timings.length; ++i)
                        $root.vigil.v1.StageTiming.encode(message.timings[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.degradedReasons != null && message.degradedReasons.length)
                    for (let i = 0; i < message.degradedReasons.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.degradedReasons[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TrackSet message, length delimited. Does not implicitly {@link vigil.v1.TrackSet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.TrackSet
             * @static
             * @param {vigil.v1.TrackSet.$Properties} message TrackSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrackSet.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TrackSet message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.TrackSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.TrackSet & vigil.v1.TrackSet.$Shape} TrackSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrackSet.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.TrackSet();
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
                            if ((value = reader.stringVerify()).length)
                                message.sensorId = value;
                            else
                                delete message.sensorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.captureTimeNs = value;
                            else
                                delete message.captureTimeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.publishTimeNs = value;
                            else
                                delete message.publishTimeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelName = value;
                            else
                                delete message.modelName;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelVersion = value;
                            else
                                delete message.modelVersion;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tracks && message.tracks.length))
                                message.tracks = [];
                            message.tracks.push($root.vigil.v1.Track.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.timings && message.timings.length))
                                message.timings = [];
                            message.timings.push($root.vigil.v1.StageTiming.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.degradedReasons && message.degradedReasons.length))
                                message.degradedReasons = [];
                            message.degradedReasons.push(reader.stringVerify());
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
             * Decodes a TrackSet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.TrackSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.TrackSet & vigil.v1.TrackSet.$Shape} TrackSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrackSet.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TrackSet message.
             * @function verify
             * @memberof vigil.v1.TrackSet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TrackSet.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    if (!$util.isString(message.sensorId))
                        return "sensorId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs"))
                    if (!$util.isInteger(message.captureTimeNs) && !(message.captureTimeNs && $util.isInteger(message.captureTimeNs.low) && $util.isInteger(message.captureTimeNs.high)))
                        return "captureTimeNs: integer|Long expected";
                if (message.publishTimeNs != null && $Object.hasOwnProperty.call(message, "publishTimeNs"))
                    if (!$util.isInteger(message.publishTimeNs) && !(message.publishTimeNs && $util.isInteger(message.publishTimeNs.low) && $util.isInteger(message.publishTimeNs.high)))
                        return "publishTimeNs: integer|Long expected";
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                    if (!$util.isString(message.modelName))
                        return "modelName: string expected";
                if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion"))
                    if (!$util.isString(message.modelVersion))
                        return "modelVersion: string expected";
                if (message.tracks != null && $Object.hasOwnProperty.call(message, "tracks")) {
                    if (!$Array.isArray(message.tracks))
                        return "tracks: array expected";
                    for (let i = 0; i < message.tracks.length; ++i) {
                        let error = $root.vigil.v1.Track.verify(message.tracks[i], _depth + 1);
                        if (error)
                            return "tracks." + error;
                    }
                }
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings")) {
                    if (!$Array.isArray(message.timings))
                        return "timings: array expected";
                    for (let i = 0; i < message.timings.length; ++i) {
                        let error = $root.vigil.v1.StageTiming.verify(message.timings[i], _depth + 1);
                        if (error)
                            return "timings." + error;
                    }
                }
                if (message.degradedReasons != null && $Object.hasOwnProperty.call(message, "degradedReasons")) {
                    if (!$Array.isArray(message.degradedReasons))
                        return "degradedReasons: array expected";
                    for (let i = 0; i < message.degradedReasons.length; ++i)
                        if (!$util.isString(message.degradedReasons[i]))
                            return "degradedReasons: string[] expected";
                }
                return null;
            };

            /**
             * Creates a TrackSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.TrackSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.TrackSet} TrackSet
             */
            TrackSet.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.TrackSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.TrackSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.TrackSet();
                if (object.sensorId != null)
                    if (typeof object.sensorId !== "string" || object.sensorId.length)
                        message.sensorId = $String(object.sensorId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.captureTimeNs != null)
                    if (typeof object.captureTimeNs === "object" ? object.captureTimeNs.low || object.captureTimeNs.high : $Number(object.captureTimeNs) !== 0)
                        if ($util.Long)
                            message.captureTimeNs = $util.Long.fromValue(object.captureTimeNs, false);
                        else if (typeof object.captureTimeNs === "string")
                            message.captureTimeNs = $parseInt(object.captureTimeNs, 10);
                        else if (typeof object.captureTimeNs === "number")
                            message.captureTimeNs = object.captureTimeNs;
                        else if (typeof object.captureTimeNs === "object")
                            message.captureTimeNs = new $util.LongBits(object.captureTimeNs.low >>> 0, object.captureTimeNs.high >>> 0).toNumber();
                if (object.publishTimeNs != null)
                    if (typeof object.publishTimeNs === "object" ? object.publishTimeNs.low || object.publishTimeNs.high : $Number(object.publishTimeNs) !== 0)
                        if ($util.Long)
                            message.publishTimeNs = $util.Long.fromValue(object.publishTimeNs, false);
                        else if (typeof object.publishTimeNs === "string")
                            message.publishTimeNs = $parseInt(object.publishTimeNs, 10);
                        else if (typeof object.publishTimeNs === "number")
                            message.publishTimeNs = object.publishTimeNs;
                        else if (typeof object.publishTimeNs === "object")
                            message.publishTimeNs = new $util.LongBits(object.publishTimeNs.low >>> 0, object.publishTimeNs.high >>> 0).toNumber();
                if (object.modelName != null)
                    if (typeof object.modelName !== "string" || object.modelName.length)
                        message.modelName = $String(object.modelName);
                if (object.modelVersion != null)
                    if (typeof object.modelVersion !== "string" || object.modelVersion.length)
                        message.modelVersion = $String(object.modelVersion);
                if (object.tracks) {
                    if (!$Array.isArray(object.tracks))
                        throw $TypeError(".vigil.v1.TrackSet.tracks: array expected");
                    message.tracks = $Array(object.tracks.length);
                    for (let i = 0; i < object.tracks.length; ++i) {
                        if (!$util.isObject(object.tracks[i]))
                            throw $TypeError(".vigil.v1.TrackSet.tracks: object expected");
                        message.tracks[i] = $root.vigil.v1.Track.fromObject(object.tracks[i], _depth + 1);
                    }
                }
                if (object.timings) {
                    if (!$Array.isArray(object.timings))
                        throw $TypeError(".vigil.v1.TrackSet.timings: array expected");
                    message.timings = $Array(object.timings.length);
                    for (let i = 0; i < object.timings.length; ++i) {
                        if (!$util.isObject(object.timings[i]))
                            throw $TypeError(".vigil.v1.TrackSet.timings: object expected");
                        message.timings[i] = $root.vigil.v1.StageTiming.fromObject(object.timings[i], _depth + 1);
                    }
                }
                if (object.degradedReasons) {
                    if (!$Array.isArray(object.degradedReasons))
                        throw $TypeError(".vigil.v1.TrackSet.degradedReasons: array expected");
                    message.degradedReasons = $Array(object.degradedReasons.length);
                    for (let i = 0; i < object.degradedReasons.length; ++i)
                        message.degradedReasons[i] = $String(object.degradedReasons[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a TrackSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.TrackSet
             * @static
             * @param {vigil.v1.TrackSet} message TrackSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TrackSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.tracks = [];
                    object.timings = [];
                    object.degradedReasons = [];
                }
                if (options.defaults) {
                    object.sensorId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.captureTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.captureTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.publishTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.publishTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.modelName = "";
                    object.modelVersion = "";
                }
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    object.sensorId = message.sensorId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.captureTimeNs = typeof message.captureTimeNs === "number" ? $BigInt(message.captureTimeNs) : $util.Long.fromBits(message.captureTimeNs.low >>> 0, message.captureTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.captureTimeNs === "number")
                        object.captureTimeNs = options.longs === $String ? $String(message.captureTimeNs) : message.captureTimeNs;
                    else
                        object.captureTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.captureTimeNs) : options.longs === $Number ? new $util.LongBits(message.captureTimeNs.low >>> 0, message.captureTimeNs.high >>> 0).toNumber() : message.captureTimeNs;
                if (message.publishTimeNs != null && $Object.hasOwnProperty.call(message, "publishTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.publishTimeNs = typeof message.publishTimeNs === "number" ? $BigInt(message.publishTimeNs) : $util.Long.fromBits(message.publishTimeNs.low >>> 0, message.publishTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.publishTimeNs === "number")
                        object.publishTimeNs = options.longs === $String ? $String(message.publishTimeNs) : message.publishTimeNs;
                    else
                        object.publishTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.publishTimeNs) : options.longs === $Number ? new $util.LongBits(message.publishTimeNs.low >>> 0, message.publishTimeNs.high >>> 0).toNumber() : message.publishTimeNs;
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                    object.modelName = message.modelName;
                if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion"))
                    object.modelVersion = message.modelVersion;
                if (message.tracks && message.tracks.length) {
                    object.tracks = $Array(message.tracks.length);
                    for (let j = 0; j < message.tracks.length; ++j)
                        object.tracks[j] = $root.vigil.v1.Track.toObject(message.tracks[j], options, _depth + 1);
                }
                if (message.timings && message.timings.length) {
                    object.timings = $Array(message.timings.length);
                    for (let j = 0; j < message.timings.length; ++j)
                        object.timings[j] = $root.vigil.v1.StageTiming.toObject(message.timings[j], options, _depth + 1);
                }
                if (message.degradedReasons && message.degradedReasons.length) {
                    object.degradedReasons = $Array(message.degradedReasons.length);
                    for (let j = 0; j < message.degradedReasons.length; ++j)
                        object.degradedReasons[j] = message.degradedReasons[j];
                }
                return object;
            };

            /**
             * Converts this TrackSet to JSON.
             * @function toJSON
             * @memberof vigil.v1.TrackSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TrackSet.prototype.toJSON = function() {
                return TrackSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TrackSet
             * @function getTypeUrl
             * @memberof vigil.v1.TrackSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrackSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.TrackSet";
            };

            return TrackSet;
        })();

        v1.ModelVersion = (function() {

            /**
             * Properties of a ModelVersion.
             * @typedef {Object} vigil.v1.ModelVersion.$Properties
             * @property {Long|null} [timeNs] ModelVersion timeNs
             * @property {string|null} [sensorId] ModelVersion sensorId
             * @property {string|null} [modelName] ModelVersion modelName
             * @property {string|null} [modelVersion] ModelVersion modelVersion
             * @property {string|null} [backend] ModelVersion backend
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelVersion.
             * @memberof vigil.v1
             * @interface IModelVersion
             * @augments vigil.v1.ModelVersion.$Properties
             * @deprecated Use vigil.v1.ModelVersion.$Properties instead.
             */

            /**
             * Shape of a ModelVersion.
             * @typedef {vigil.v1.ModelVersion.$Properties} vigil.v1.ModelVersion.$Shape
             */

            /**
             * Constructs a new ModelVersion.
             * @memberof vigil.v1
             * @classdesc Represents a ModelVersion.
             * @constructor
             * @param {vigil.v1.ModelVersion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelVersion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ModelVersion timeNs.
             * @member {Long} timeNs
             * @memberof vigil.v1.ModelVersion
             * @instance
             */
            ModelVersion.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ModelVersion sensorId.
             * @member {string} sensorId
             * @memberof vigil.v1.ModelVersion
             * @instance
             */
            ModelVersion.prototype.sensorId = "";

            /**
             * ModelVersion modelName.
             * @member {string} modelName
             * @memberof vigil.v1.ModelVersion
             * @instance
             */
            ModelVersion.prototype.modelName = "";

            /**
             * ModelVersion modelVersion.
             * @member {string} modelVersion
             * @memberof vigil.v1.ModelVersion
             * @instance
             */
            ModelVersion.prototype.modelVersion = "";

            /**
             * ModelVersion backend.
             * @member {string} backend
             * @memberof vigil.v1.ModelVersion
             * @instance
             */
            ModelVersion.prototype.backend = "";

            /**
             * Creates a new ModelVersion instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ModelVersion
             * @static
             * @param {vigil.v1.ModelVersion.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.ModelVersion} ModelVersion instance
             * @type {{
             *   (properties: vigil.v1.ModelVersion.$Shape): vigil.v1.ModelVersion & vigil.v1.ModelVersion.$Shape;
             *   (properties?: vigil.v1.ModelVersion.$Properties): vigil.v1.ModelVersion;
             * }}
             */
            ModelVersion.create = function(properties) {
                return new ModelVersion(properties);
            };

            /**
             * Encodes the specified ModelVersion message. Does not implicitly {@link vigil.v1.ModelVersion.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ModelVersion
             * @static
             * @param {vigil.v1.ModelVersion.$Properties} message ModelVersion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelVersion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.timeNs);
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId") && message.sensorId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sensorId);
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName") && message.modelName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.modelName);
                if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion") && message.modelVersion !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.modelVersion);
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend") && message.backend !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.backend);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ModelVersion message, length delimited. Does not implicitly {@link vigil.v1.ModelVersion.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ModelVersion
             * @static
             * @param {vigil.v1.ModelVersion.$Properties} message ModelVersion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelVersion.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ModelVersion message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ModelVersion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ModelVersion & vigil.v1.ModelVersion.$Shape} ModelVersion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelVersion.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.ModelVersion();
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
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sensorId = value;
                            else
                                delete message.sensorId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelName = value;
                            else
                                delete message.modelName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelVersion = value;
                            else
                                delete message.modelVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backend = value;
                            else
                                delete message.backend;
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
             * Decodes a ModelVersion message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ModelVersion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ModelVersion & vigil.v1.ModelVersion.$Shape} ModelVersion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelVersion.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ModelVersion message.
             * @function verify
             * @memberof vigil.v1.ModelVersion
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelVersion.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    if (!$util.isString(message.sensorId))
                        return "sensorId: string expected";
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                    if (!$util.isString(message.modelName))
                        return "modelName: string expected";
                if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion"))
                    if (!$util.isString(message.modelVersion))
                        return "modelVersion: string expected";
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    if (!$util.isString(message.backend))
                        return "backend: string expected";
                return null;
            };

            /**
             * Creates a ModelVersion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ModelVersion
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ModelVersion} ModelVersion
             */
            ModelVersion.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.ModelVersion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.ModelVersion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.ModelVersion();
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, false);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber();
                if (object.sensorId != null)
                    if (typeof object.sensorId !== "string" || object.sensorId.length)
                        message.sensorId = $String(object.sensorId);
                if (object.modelName != null)
                    if (typeof object.modelName !== "string" || object.modelName.length)
                        message.modelName = $String(object.modelName);
                if (object.modelVersion != null)
                    if (typeof object.modelVersion !== "string" || object.modelVersion.length)
                        message.modelVersion = $String(object.modelVersion);
                if (object.backend != null)
                    if (typeof object.backend !== "string" || object.backend.length)
                        message.backend = $String(object.backend);
                return message;
            };

            /**
             * Creates a plain object from a ModelVersion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ModelVersion
             * @static
             * @param {vigil.v1.ModelVersion} message ModelVersion
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelVersion.toObject = function (message, options, _depth) {
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
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sensorId = "";
                    object.modelName = "";
                    object.modelVersion = "";
                    object.backend = "";
                }
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber() : message.timeNs;
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    object.sensorId = message.sensorId;
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                    object.modelName = message.modelName;
                if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion"))
                    object.modelVersion = message.modelVersion;
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    object.backend = message.backend;
                return object;
            };

            /**
             * Converts this ModelVersion to JSON.
             * @function toJSON
             * @memberof vigil.v1.ModelVersion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelVersion.prototype.toJSON = function() {
                return ModelVersion.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ModelVersion
             * @function getTypeUrl
             * @memberof vigil.v1.ModelVersion
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelVersion.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.ModelVersion";
            };

            return ModelVersion;
        })();

        /**
         * Encoding enum.
         * @name vigil.v1.Encoding
         * @enum {number}
         * @property {number} ENCODING_UNSPECIFIED=0 ENCODING_UNSPECIFIED value
         * @property {number} ENCODING_JPEG=1 ENCODING_JPEG value
         * @property {number} ENCODING_PNG=2 ENCODING_PNG value
         * @property {number} ENCODING_RGB8=3 ENCODING_RGB8 value
         * @property {number} ENCODING_BGR8=4 ENCODING_BGR8 value
         * @property {number} ENCODING_GRAY8=5 ENCODING_GRAY8 value
         */
        v1.Encoding = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ENCODING_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ENCODING_JPEG"] = 1;
            values[valuesById[2] = "ENCODING_PNG"] = 2;
            values[valuesById[3] = "ENCODING_RGB8"] = 3;
            values[valuesById[4] = "ENCODING_BGR8"] = 4;
            values[valuesById[5] = "ENCODING_GRAY8"] = 5;
            return values;
        })();

        v1.SensorFrame = (function() {

            /**
             * Properties of a SensorFrame.
             * @typedef {Object} vigil.v1.SensorFrame.$Properties
             * @property {string|null} [sensorId] SensorFrame sensorId
             * @property {Long|null} [seq] SensorFrame seq
             * @property {Long|null} [captureTimeNs] SensorFrame captureTimeNs
             * @property {Long|null} [sentTimeNs] SensorFrame sentTimeNs
             * @property {vigil.v1.Encoding|null} [encoding] SensorFrame encoding
             * @property {number|null} [width] SensorFrame width
             * @property {number|null} [height] SensorFrame height
             * @property {Uint8Array|null} [data] SensorFrame data
             * @property {Object.<string,string>|null} [tags] SensorFrame tags
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SensorFrame.
             * @memberof vigil.v1
             * @interface ISensorFrame
             * @augments vigil.v1.SensorFrame.$Properties
             * @deprecated Use vigil.v1.SensorFrame.$Properties instead.
             */

            /**
             * Shape of a SensorFrame.
             * @typedef {vigil.v1.SensorFrame.$Properties} vigil.v1.SensorFrame.$Shape
             */

            /**
             * Constructs a new SensorFrame.
             * @memberof vigil.v1
             * @classdesc Represents a SensorFrame.
             * @constructor
             * @param {vigil.v1.SensorFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SensorFrame = function (properties) {
                this.tags = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SensorFrame sensorId.
             * @member {string} sensorId
             * @memberof vigil.v1.SensorFrame
             * @instance
             */
            SensorFrame.prototype.sensorId = "";

            /**
             * SensorFrame seq.
             * @member {Long} seq
             * @memberof vigil.v1.SensorFrame
             * @instance
             */
            SensorFrame.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SensorFrame captureTimeNs.
             * @member {Long} captureTimeNs
             * @memberof vigil.v1.SensorFrame
             * @instance
             */
            SensorFrame.prototype.captureTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SensorFrame sentTimeNs.
             * @member {Long} sentTimeNs
             * @memberof vigil.v1.SensorFrame
             * @instance
             */
            SensorFrame.prototype.sentTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SensorFrame encoding.
             * @member {vigil.v1.Encoding} encoding
             * @memberof vigil.v1.SensorFrame
             * @instance
             */
            SensorFrame.prototype.encoding = 0;

            /**
             * SensorFrame width.
             * @member {number} width
             * @memberof vigil.v1.SensorFrame
             * @instance
             */
            SensorFrame.prototype.width = 0;

            /**
             * SensorFrame height.
             * @member {number} height
             * @memberof vigil.v1.SensorFrame
             * @instance
             */
            SensorFrame.prototype.height = 0;

            /**
             * SensorFrame data.
             * @member {Uint8Array} data
             * @memberof vigil.v1.SensorFrame
             * @instance
             */
            SensorFrame.prototype.data = $util.newBuffer([]);

            /**
             * SensorFrame tags.
             * @member {Object.<string,string>} tags
             * @memberof vigil.v1.SensorFrame
             * @instance
             */
            SensorFrame.prototype.tags = $util.emptyObject;

            /**
             * Creates a new SensorFrame instance using the specified properties.
             * @function create
             * @memberof vigil.v1.SensorFrame
             * @static
             * @param {vigil.v1.SensorFrame.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.SensorFrame} SensorFrame instance
             * @type {{
             *   (properties: vigil.v1.SensorFrame.$Shape): vigil.v1.SensorFrame & vigil.v1.SensorFrame.$Shape;
             *   (properties?: vigil.v1.SensorFrame.$Properties): vigil.v1.SensorFrame;
             * }}
             */
            SensorFrame.create = function(properties) {
                return new SensorFrame(properties);
            };

            /**
             * Encodes the specified SensorFrame message. Does not implicitly {@link vigil.v1.SensorFrame.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.SensorFrame
             * @static
             * @param {vigil.v1.SensorFrame.$Properties} message SensorFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SensorFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId") && message.sensorId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sensorId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs") && (typeof message.captureTimeNs === "object" ? message.captureTimeNs.low || message.captureTimeNs.high : message.captureTimeNs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.captureTimeNs);
                if (message.sentTimeNs != null && $Object.hasOwnProperty.call(message, "sentTimeNs") && (typeof message.sentTimeNs === "object" ? message.sentTimeNs.low || message.sentTimeNs.high : message.sentTimeNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.sentTimeNs);
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding") && message.encoding !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.encoding);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.height);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.data);
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
                    for (let keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SensorFrame message, length delimited. Does not implicitly {@link vigil.v1.SensorFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.SensorFrame
             * @static
             * @param {vigil.v1.SensorFrame.$Properties} message SensorFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SensorFrame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SensorFrame message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.SensorFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.SensorFrame & vigil.v1.SensorFrame.$Shape} SensorFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SensorFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.SensorFrame();
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
                            if ((value = reader.stringVerify()).length)
                                message.sensorId = value;
                            else
                                delete message.sensorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.captureTimeNs = value;
                            else
                                delete message.captureTimeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentTimeNs = value;
                            else
                                delete message.sentTimeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.encoding = value;
                            else
                                delete message.encoding;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (message.tags === $util.emptyObject)
                                message.tags = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.tags, key);
                            message.tags[key] = value;
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
             * Decodes a SensorFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.SensorFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.SensorFrame & vigil.v1.SensorFrame.$Shape} SensorFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SensorFrame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SensorFrame message.
             * @function verify
             * @memberof vigil.v1.SensorFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SensorFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    if (!$util.isString(message.sensorId))
                        return "sensorId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs"))
                    if (!$util.isInteger(message.captureTimeNs) && !(message.captureTimeNs && $util.isInteger(message.captureTimeNs.low) && $util.isInteger(message.captureTimeNs.high)))
                        return "captureTimeNs: integer|Long expected";
                if (message.sentTimeNs != null && $Object.hasOwnProperty.call(message, "sentTimeNs"))
                    if (!$util.isInteger(message.sentTimeNs) && !(message.sentTimeNs && $util.isInteger(message.sentTimeNs.low) && $util.isInteger(message.sentTimeNs.high)))
                        return "sentTimeNs: integer|Long expected";
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding"))
                    if (typeof message.encoding !== "number" || (message.encoding | 0) !== message.encoding)
                        return "encoding: enum value expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$util.isObject(message.tags))
                        return "tags: object expected";
                    let key = $Object.keys(message.tags);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.tags[key[i]]))
                            return "tags: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a SensorFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.SensorFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.SensorFrame} SensorFrame
             */
            SensorFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.SensorFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.SensorFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.SensorFrame();
                if (object.sensorId != null)
                    if (typeof object.sensorId !== "string" || object.sensorId.length)
                        message.sensorId = $String(object.sensorId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.captureTimeNs != null)
                    if (typeof object.captureTimeNs === "object" ? object.captureTimeNs.low || object.captureTimeNs.high : $Number(object.captureTimeNs) !== 0)
                        if ($util.Long)
                            message.captureTimeNs = $util.Long.fromValue(object.captureTimeNs, false);
                        else if (typeof object.captureTimeNs === "string")
                            message.captureTimeNs = $parseInt(object.captureTimeNs, 10);
                        else if (typeof object.captureTimeNs === "number")
                            message.captureTimeNs = object.captureTimeNs;
                        else if (typeof object.captureTimeNs === "object")
                            message.captureTimeNs = new $util.LongBits(object.captureTimeNs.low >>> 0, object.captureTimeNs.high >>> 0).toNumber();
                if (object.sentTimeNs != null)
                    if (typeof object.sentTimeNs === "object" ? object.sentTimeNs.low || object.sentTimeNs.high : $Number(object.sentTimeNs) !== 0)
                        if ($util.Long)
                            message.sentTimeNs = $util.Long.fromValue(object.sentTimeNs, false);
                        else if (typeof object.sentTimeNs === "string")
                            message.sentTimeNs = $parseInt(object.sentTimeNs, 10);
                        else if (typeof object.sentTimeNs === "number")
                            message.sentTimeNs = object.sentTimeNs;
                        else if (typeof object.sentTimeNs === "object")
                            message.sentTimeNs = new $util.LongBits(object.sentTimeNs.low >>> 0, object.sentTimeNs.high >>> 0).toNumber();
                if (object.encoding !== 0 && (typeof object.encoding !== "string" || $root.vigil.v1.Encoding[object.encoding] !== 0))
                    switch (object.encoding) {
                    case "ENCODING_UNSPECIFIED":
                    case 0:
                        message.encoding = 0;
                        break;
                    case "ENCODING_JPEG":
                    case 1:
                        message.encoding = 1;
                        break;
                    case "ENCODING_PNG":
                    case 2:
                        message.encoding = 2;
                        break;
                    case "ENCODING_RGB8":
                    case 3:
                        message.encoding = 3;
                        break;
                    case "ENCODING_BGR8":
                    case 4:
                        message.encoding = 4;
                        break;
                    case "ENCODING_GRAY8":
                    case 5:
                        message.encoding = 5;
                        break;
                    default:
                        if (typeof object.encoding === "number" && (object.encoding | 0) === object.encoding)
                            message.encoding = object.encoding;
                    }
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.tags) {
                    if (!$util.isObject(object.tags))
                        throw $TypeError(".vigil.v1.SensorFrame.tags: object expected");
                    message.tags = {};
                    for (let keys = $Object.keys(object.tags), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.tags, keys[i]);
                        message.tags[keys[i]] = $String(object.tags[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SensorFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.SensorFrame
             * @static
             * @param {vigil.v1.SensorFrame} message SensorFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SensorFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.tags = {};
                if (options.defaults) {
                    object.sensorId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.captureTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.captureTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.encoding = options.enums === $String ? "ENCODING_UNSPECIFIED" : 0;
                    object.width = 0;
                    object.height = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    object.sensorId = message.sensorId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.captureTimeNs = typeof message.captureTimeNs === "number" ? $BigInt(message.captureTimeNs) : $util.Long.fromBits(message.captureTimeNs.low >>> 0, message.captureTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.captureTimeNs === "number")
                        object.captureTimeNs = options.longs === $String ? $String(message.captureTimeNs) : message.captureTimeNs;
                    else
                        object.captureTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.captureTimeNs) : options.longs === $Number ? new $util.LongBits(message.captureTimeNs.low >>> 0, message.captureTimeNs.high >>> 0).toNumber() : message.captureTimeNs;
                if (message.sentTimeNs != null && $Object.hasOwnProperty.call(message, "sentTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentTimeNs = typeof message.sentTimeNs === "number" ? $BigInt(message.sentTimeNs) : $util.Long.fromBits(message.sentTimeNs.low >>> 0, message.sentTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentTimeNs === "number")
                        object.sentTimeNs = options.longs === $String ? $String(message.sentTimeNs) : message.sentTimeNs;
                    else
                        object.sentTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentTimeNs) : options.longs === $Number ? new $util.LongBits(message.sentTimeNs.low >>> 0, message.sentTimeNs.high >>> 0).toNumber() : message.sentTimeNs;
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding"))
                    object.encoding = options.enums === $String ? $root.vigil.v1.Encoding[message.encoding] === $undefined ? message.encoding : $root.vigil.v1.Encoding[message.encoding] : message.encoding;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                let keys2;
                if (message.tags && (keys2 = $Object.keys(message.tags)).length) {
                    object.tags = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.tags, keys2[j]);
                        object.tags[keys2[j]] = message.tags[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this SensorFrame to JSON.
             * @function toJSON
             * @memberof vigil.v1.SensorFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SensorFrame.prototype.toJSON = function() {
                return SensorFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SensorFrame
             * @function getTypeUrl
             * @memberof vigil.v1.SensorFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SensorFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.SensorFrame";
            };

            return SensorFrame;
        })();

        v1.SensedObject = (function() {

            /**
             * Properties of a SensedObject.
             * @typedef {Object} vigil.v1.SensedObject.$Properties
             * @property {Long|null} [objectId] SensedObject objectId
             * @property {string|null} [label] SensedObject label
             * @property {number|null} [classId] SensedObject classId
             * @property {number|null} [score] SensedObject score
             * @property {Array.<number>|null} [box] SensedObject box
             * @property {number|null} [xM] SensedObject xM
             * @property {number|null} [yM] SensedObject yM
             * @property {number|null} [vxMps] SensedObject vxMps
             * @property {number|null} [vyMps] SensedObject vyMps
             * @property {boolean|null} [hasGround] SensedObject hasGround
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SensedObject.
             * @memberof vigil.v1
             * @interface ISensedObject
             * @augments vigil.v1.SensedObject.$Properties
             * @deprecated Use vigil.v1.SensedObject.$Properties instead.
             */

            /**
             * Shape of a SensedObject.
             * @typedef {vigil.v1.SensedObject.$Properties} vigil.v1.SensedObject.$Shape
             */

            /**
             * Constructs a new SensedObject.
             * @memberof vigil.v1
             * @classdesc Represents a SensedObject.
             * @constructor
             * @param {vigil.v1.SensedObject.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SensedObject = function (properties) {
                this.box = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SensedObject objectId.
             * @member {Long} objectId
             * @memberof vigil.v1.SensedObject
             * @instance
             */
            SensedObject.prototype.objectId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SensedObject label.
             * @member {string} label
             * @memberof vigil.v1.SensedObject
             * @instance
             */
            SensedObject.prototype.label = "";

            /**
             * SensedObject classId.
             * @member {number} classId
             * @memberof vigil.v1.SensedObject
             * @instance
             */
            SensedObject.prototype.classId = 0;

            /**
             * SensedObject score.
             * @member {number} score
             * @memberof vigil.v1.SensedObject
             * @instance
             */
            SensedObject.prototype.score = 0;

            /**
             * SensedObject box.
             * @member {Array.<number>} box
             * @memberof vigil.v1.SensedObject
             * @instance
             */
            SensedObject.prototype.box = $util.emptyArray;

            /**
             * SensedObject xM.
             * @member {number} xM
             * @memberof vigil.v1.SensedObject
             * @instance
             */
            SensedObject.prototype.xM = 0;

            /**
             * SensedObject yM.
             * @member {number} yM
             * @memberof vigil.v1.SensedObject
             * @instance
             */
            SensedObject.prototype.yM = 0;

            /**
             * SensedObject vxMps.
             * @member {number} vxMps
             * @memberof vigil.v1.SensedObject
             * @instance
             */
            SensedObject.prototype.vxMps = 0;

            /**
             * SensedObject vyMps.
             * @member {number} vyMps
             * @memberof vigil.v1.SensedObject
             * @instance
             */
            SensedObject.prototype.vyMps = 0;

            /**
             * SensedObject hasGround.
             * @member {boolean} hasGround
             * @memberof vigil.v1.SensedObject
             * @instance
             */
            SensedObject.prototype.hasGround = false;

            /**
             * Creates a new SensedObject instance using the specified properties.
             * @function create
             * @memberof vigil.v1.SensedObject
             * @static
             * @param {vigil.v1.SensedObject.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.SensedObject} SensedObject instance
             * @type {{
             *   (properties: vigil.v1.SensedObject.$Shape): vigil.v1.SensedObject & vigil.v1.SensedObject.$Shape;
             *   (properties?: vigil.v1.SensedObject.$Properties): vigil.v1.SensedObject;
             * }}
             */
            SensedObject.create = function(properties) {
                return new SensedObject(properties);
            };

            /**
             * Encodes the specified SensedObject message. Does not implicitly {@link vigil.v1.SensedObject.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.SensedObject
             * @static
             * @param {vigil.v1.SensedObject.$Properties} message SensedObject message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SensedObject.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.objectId != null && $Object.hasOwnProperty.call(message, "objectId") && (typeof message.objectId === "object" ? message.objectId.low || message.objectId.high : message.objectId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.objectId);
                if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.label);
                if (message.classId != null && $Object.hasOwnProperty.call(message, "classId") && message.classId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.classId);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.score);
                if (message.box != null && message.box.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).floats(message.box);
                if (message.xM != null && $Object.hasOwnProperty.call(message, "xM") && !$Object.is(message.xM, 0))
                    writer.uint32(/* id 6, wireType 5 =*/53).float(message.xM);
                if (message.yM != null && $Object.hasOwnProperty.call(message, "yM") && !$Object.is(message.yM, 0))
                    writer.uint32(/* id 7, wireType 5 =*/61).float(message.yM);
                if (message.vxMps != null && $Object.hasOwnProperty.call(message, "vxMps") && !$Object.is(message.vxMps, 0))
                    writer.uint32(/* id 8, wireType 5 =*/69).float(message.vxMps);
                if (message.vyMps != null && $Object.hasOwnProperty.call(message, "vyMps") && !$Object.is(message.vyMps, 0))
                    writer.uint32(/* id 9, wireType 5 =*/77).float(message.vyMps);
                if (message.hasGround != null && $Object.hasOwnProperty.call(message, "hasGround") && message.hasGround !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.hasGround);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SensedObject message, length delimited. Does not implicitly {@link vigil.v1.SensedObject.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.SensedObject
             * @static
             * @param {vigil.v1.SensedObject.$Properties} message SensedObject message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SensedObject.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SensedObject message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.SensedObject
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.SensedObject & vigil.v1.SensedObject.$Shape} SensedObject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SensedObject.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.vigil.v1.SensedObject();
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
                                message.objectId = value;
                            else
                                delete message.objectId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.label = value;
                            else
                                delete message.label;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.classId = value;
                            else
                                delete message.classId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.box && message.box.length))
                                    message.box = [];
                                reader.floats(message.box);
                                continue;
                            }
                            if (wireType !== 5)
                                break;
                            if (!(message.box && message.box.length))
                                message.box = [];
                            message.box.push(reader.float());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.xM = value;
                            else
                                delete message.xM;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.yM = value;
                            else
                                delete message.yM;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.vxMps = value;
                            else
                                delete message.vxMps;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.vyMps = value;
                            else
                                delete message.vyMps;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasGround = value;
                            else
                                delete message.hasGround;
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
             * Decodes a SensedObject message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.SensedObject
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.SensedObject & vigil.v1.SensedObject.$Shape} SensedObject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SensedObject.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SensedObject message.
             * @function verify
             * @memberof vigil.v1.SensedObject
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SensedObject.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.objectId != null && $Object.hasOwnProperty.call(message, "objectId"))
                    if (!$util.isInteger(message.objectId) && !(message.objectId && $util.isInteger(message.objectId.low) && $util.isInteger(message.objectId.high)))
                        return "objectId: integer|Long expected";
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    if (!$util.isString(message.label))
                        return "label: string expected";
                if (message.classId != null && $Object.hasOwnProperty.call(message, "classId"))
                    if (!$util.isInteger(message.classId))
                        return "classId: integer expected";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.box != null && $Object.hasOwnProperty.call(message, "box")) {
                    if (!$Array.isArray(message.box))
                        return "box: array expected";
                    for (let i = 0; i < message.box.length; ++i)
                        if (typeof message.box[i] !== "number")
                            return "box: number[] expected";
                }
                if (message.xM != null && $Object.hasOwnProperty.call(message, "xM"))
                    if (typeof message.xM !== "number")
                        return "xM: number expected";
                if (message.yM != null && $Object.hasOwnProperty.call(message, "yM"))
                    if (typeof message.yM !== "number")
                        return "yM: number expected";
                if (message.vxMps != null && $Object.hasOwnProperty.call(message, "vxMps"))
                    if (typeof message.vxMps !== "number")
                        return "vxMps: number expected";
                if (message.vyMps != null && $Object.hasOwnProperty.call(message, "vyMps"))
                    if (typeof message.vyMps !== "number")
                        return "vyMps: number expected";
                if (message.hasGround != null && $Object.hasOwnProperty.call(message, "hasGround"))
                    if (typeof message.hasGround !== "boolean")
                        return "hasGround: boolean expected";
                return null;
            };

            /**
             * Creates a SensedObject message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.SensedObject
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.SensedObject} SensedObject
             */
            SensedObject.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.SensedObject)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.SensedObject: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.SensedObject();
                if (object.objectId != null)
                    if (typeof object.objectId === "object" ? object.objectId.low || object.objectId.high : $Number(object.objectId) !== 0)
                        if ($util.Long)
                            message.objectId = $util.Long.fromValue(object.objectId, false);
                        else if (typeof object.objectId === "string")
                            message.objectId = $parseInt(object.objectId, 10);
                        else if (typeof object.objectId === "number")
                            message.objectId = object.objectId;
                        else if (typeof object.objectId === "object")
                            message.objectId = new $util.LongBits(object.objectId.low >>> 0, object.objectId.high >>> 0).toNumber();
                if (object.label != null)
                    if (typeof object.label !== "string" || object.label.length)
                        message.label = $String(object.label);
                if (object.classId != null)
                    if ($Number(object.classId) !== 0)
                        message.classId = object.classId | 0;
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.box) {
                    if (!$Array.isArray(object.box))
                        throw $TypeError(".vigil.v1.SensedObject.box: array expected");
                    message.box = $Array(object.box.length);
                    for (let i = 0; i < object.box.length; ++i)
                        message.box[i] = $Number(object.box[i]);
                }
                if (object.xM != null)
                    if (!$Object.is($Number(object.xM), 0))
                        message.xM = $Number(object.xM);
                if (object.yM != null)
                    if (!$Object.is($Number(object.yM), 0))
                        message.yM = $Number(object.yM);
                if (object.vxMps != null)
                    if (!$Object.is($Number(object.vxMps), 0))
                        message.vxMps = $Number(object.vxMps);
                if (object.vyMps != null)
                    if (!$Object.is($Number(object.vyMps), 0))
                        message.vyMps = $Number(object.vyMps);
                if (object.hasGround != null)
                    if (object.hasGround)
                        message.hasGround = $Boolean(object.hasGround);
                return message;
            };

            /**
             * Creates a plain object from a SensedObject message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.SensedObject
             * @static
             * @param {vigil.v1.SensedObject} message SensedObject
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SensedObject.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.box = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.objectId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.objectId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.label = "";
                    object.classId = 0;
                    object.score = 0;
                    object.xM = 0;
                    object.yM = 0;
                    object.vxMps = 0;
                    object.vyMps = 0;
                    object.hasGround = false;
                }
                if (message.objectId != null && $Object.hasOwnProperty.call(message, "objectId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.objectId = typeof message.objectId === "number" ? $BigInt(message.objectId) : $util.Long.fromBits(message.objectId.low >>> 0, message.objectId.high >>> 0, false).toBigInt();
                    else if (typeof message.objectId === "number")
                        object.objectId = options.longs === $String ? $String(message.objectId) : message.objectId;
                    else
                        object.objectId = options.longs === $String ? $util.Long.prototype.toString.call(message.objectId) : options.longs === $Number ? new $util.LongBits(message.objectId.low >>> 0, message.objectId.high >>> 0).toNumber() : message.objectId;
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    object.label = message.label;
                if (message.classId != null && $Object.hasOwnProperty.call(message, "classId"))
                    object.classId = message.classId;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.box && message.box.length) {
                    object.box = $Array(message.box.length);
                    for (let j = 0; j < message.box.length; ++j)
                        object.box[j] = options.json && !$isFinite(message.box[j]) ? $String(message.box[j]) : message.box[j];
                }
                if (message.xM != null && $Object.hasOwnProperty.call(message, "xM"))
                    object.xM = options.json && !$isFinite(message.xM) ? $String(message.xM) : message.xM;
                if (message.yM != null && $Object.hasOwnProperty.call(message, "yM"))
                    object.yM = options.json && !$isFinite(message.yM) ? $String(message.yM) : message.yM;
                if (message.vxMps != null && $Object.hasOwnProperty.call(message, "vxMps"))
                    object.vxMps = options.json && !$isFinite(message.vxMps) ? $String(message.vxMps) : message.vxMps;
                if (message.vyMps != null && $Object.hasOwnProperty.call(message, "vyMps"))
                    object.vyMps = options.json && !$isFinite(message.vyMps) ? $String(message.vyMps) : message.vyMps;
                if (message.hasGround != null && $Object.hasOwnProperty.call(message, "hasGround"))
                    object.hasGround = message.hasGround;
                return object;
            };

            /**
             * Converts this SensedObject to JSON.
             * @function toJSON
             * @memberof vigil.v1.SensedObject
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SensedObject.prototype.toJSON = function() {
                return SensedObject.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SensedObject
             * @function getTypeUrl
             * @memberof vigil.v1.SensedObject
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SensedObject.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.SensedObject";
            };

            return SensedObject;
        })();

        v1.ObjectList = (function() {

            /**
             * Properties of an ObjectList.
             * @typedef {Object} vigil.v1.ObjectList.$Properties
             * @property {string|null} [sensorId] ObjectList sensorId
             * @property {Long|null} [seq] ObjectList seq
             * @property {Long|null} [captureTimeNs] ObjectList captureTimeNs
             * @property {Long|null} [sentTimeNs] ObjectList sentTimeNs
             * @property {Array.<vigil.v1.SensedObject.$Properties>|null} [objects] ObjectList objects
             * @property {Object.<string,string>|null} [tags] ObjectList tags
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ObjectList.
             * @memberof vigil.v1
             * @interface IObjectList
             * @augments vigil.v1.ObjectList.$Properties
             * @deprecated Use vigil.v1.ObjectList.$Properties instead.
             */

            /**
             * Shape of an ObjectList.
             * @typedef {vigil.v1.ObjectList.$Properties} vigil.v1.ObjectList.$Shape
             */

            /**
             * Constructs a new ObjectList.
             * @memberof vigil.v1
             * @classdesc Represents an ObjectList.
             * @constructor
             * @param {vigil.v1.ObjectList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ObjectList = function (properties) {
                this.objects = [];
                this.tags = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ObjectList sensorId.
             * @member {string} sensorId
             * @memberof vigil.v1.ObjectList
             * @instance
             */
            ObjectList.prototype.sensorId = "";

            /**
             * ObjectList seq.
             * @member {Long} seq
             * @memberof vigil.v1.ObjectList
             * @instance
             */
            ObjectList.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ObjectList captureTimeNs.
             * @member {Long} captureTimeNs
             * @memberof vigil.v1.ObjectList
             * @instance
             */
            ObjectList.prototype.captureTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ObjectList sentTimeNs.
             * @member {Long} sentTimeNs
             * @memberof vigil.v1.ObjectList
             * @instance
             */
            ObjectList.prototype.sentTimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ObjectList objects.
             * @member {Array.<vigil.v1.SensedObject.$Properties>} objects
             * @memberof vigil.v1.ObjectList
             * @instance
             */
            ObjectList.prototype.objects = $util.emptyArray;

            /**
             * ObjectList tags.
             * @member {Object.<string,string>} tags
             * @memberof vigil.v1.ObjectList
             * @instance
             */
            ObjectList.prototype.tags = $util.emptyObject;

            /**
             * Creates a new ObjectList instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ObjectList
             * @static
             * @param {vigil.v1.ObjectList.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.ObjectList} ObjectList instance
             * @type {{
             *   (properties: vigil.v1.ObjectList.$Shape): vigil.v1.ObjectList & vigil.v1.ObjectList.$Shape;
             *   (properties?: vigil.v1.ObjectList.$Properties): vigil.v1.ObjectList;
             * }}
             */
            ObjectList.create = function(properties) {
                return new ObjectList(properties);
            };

            /**
             * Encodes the specified ObjectList message. Does not implicitly {@link vigil.v1.ObjectList.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ObjectList
             * @static
             * @param {vigil.v1.ObjectList.$Properties} message ObjectList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ObjectList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId") && message.sensorId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sensorId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs") && (typeof message.captureTimeNs === "object" ? message.captureTimeNs.low || message.captureTimeNs.high : message.captureTimeNs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.captureTimeNs);
                if (message.sentTimeNs != null && $Object.hasOwnProperty.call(message, "sentTimeNs") && (typeof message.sentTimeNs === "object" ? message.sentTimeNs.low || message.sentTimeNs.high : message.sentTimeNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.sentTimeNs);
                if (message.objects != null && message.objects.length)
                    for (let i = 0; i < message.objects.length; ++i)
                        $root.vigil.v1.SensedObject.encode(message.objects[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
                    for (let keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ObjectList message, length delimited. Does not implicitly {@link vigil.v1.ObjectList.verify|verify} messages.
             * @function encodeDelimited
             * @memberof vigil.v1.ObjectList
             * @static
             * @param {vigil.v1.ObjectList.$Properties} message ObjectList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ObjectList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ObjectList message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ObjectList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ObjectList & vigil.v1.ObjectList.$Shape} ObjectList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ObjectList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.ObjectList();
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
                            if ((value = reader.stringVerify()).length)
                                message.sensorId = value;
                            else
                                delete message.sensorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.captureTimeNs = value;
                            else
                                delete message.captureTimeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentTimeNs = value;
                            else
                                delete message.sentTimeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.objects && message.objects.length))
                                message.objects = [];
                            message.objects.push($root.vigil.v1.SensedObject.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (message.tags === $util.emptyObject)
                                message.tags = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.tags, key);
                            message.tags[key] = value;
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
             * Decodes an ObjectList message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof vigil.v1.ObjectList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {vigil.v1.ObjectList & vigil.v1.ObjectList.$Shape} ObjectList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ObjectList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ObjectList message.
             * @function verify
             * @memberof vigil.v1.ObjectList
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ObjectList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    if (!$util.isString(message.sensorId))
                        return "sensorId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs"))
                    if (!$util.isInteger(message.captureTimeNs) && !(message.captureTimeNs && $util.isInteger(message.captureTimeNs.low) && $util.isInteger(message.captureTimeNs.high)))
                        return "captureTimeNs: integer|Long expected";
                if (message.sentTimeNs != null && $Object.hasOwnProperty.call(message, "sentTimeNs"))
                    if (!$util.isInteger(message.sentTimeNs) && !(message.sentTimeNs && $util.isInteger(message.sentTimeNs.low) && $util.isInteger(message.sentTimeNs.high)))
                        return "sentTimeNs: integer|Long expected";
                if (message.objects != null && $Object.hasOwnProperty.call(message, "objects")) {
                    if (!$Array.isArray(message.objects))
                        return "objects: array expected";
                    for (let i = 0; i < message.objects.length; ++i) {
                        let error = $root.vigil.v1.SensedObject.verify(message.objects[i], _depth + 1);
                        if (error)
                            return "objects." + error;
                    }
                }
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$util.isObject(message.tags))
                        return "tags: object expected";
                    let key = $Object.keys(message.tags);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.tags[key[i]]))
                            return "tags: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates an ObjectList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ObjectList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ObjectList} ObjectList
             */
            ObjectList.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.ObjectList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.ObjectList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.ObjectList();
                if (object.sensorId != null)
                    if (typeof object.sensorId !== "string" || object.sensorId.length)
                        message.sensorId = $String(object.sensorId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.captureTimeNs != null)
                    if (typeof object.captureTimeNs === "object" ? object.captureTimeNs.low || object.captureTimeNs.high : $Number(object.captureTimeNs) !== 0)
                        if ($util.Long)
                            message.captureTimeNs = $util.Long.fromValue(object.captureTimeNs, false);
                        else if (typeof object.captureTimeNs === "string")
                            message.captureTimeNs = $parseInt(object.captureTimeNs, 10);
                        else if (typeof object.captureTimeNs === "number")
                            message.captureTimeNs = object.captureTimeNs;
                        else if (typeof object.captureTimeNs === "object")
                            message.captureTimeNs = new $util.LongBits(object.captureTimeNs.low >>> 0, object.captureTimeNs.high >>> 0).toNumber();
                if (object.sentTimeNs != null)
                    if (typeof object.sentTimeNs === "object" ? object.sentTimeNs.low || object.sentTimeNs.high : $Number(object.sentTimeNs) !== 0)
                        if ($util.Long)
                            message.sentTimeNs = $util.Long.fromValue(object.sentTimeNs, false);
                        else if (typeof object.sentTimeNs === "string")
                            message.sentTimeNs = $parseInt(object.sentTimeNs, 10);
                        else if (typeof object.sentTimeNs === "number")
                            message.sentTimeNs = object.sentTimeNs;
                        else if (typeof object.sentTimeNs === "object")
                            message.sentTimeNs = new $util.LongBits(object.sentTimeNs.low >>> 0, object.sentTimeNs.high >>> 0).toNumber();
                if (object.objects) {
                    if (!$Array.isArray(object.objects))
                        throw $TypeError(".vigil.v1.ObjectList.objects: array expected");
                    message.objects = $Array(object.objects.length);
                    for (let i = 0; i < object.objects.length; ++i) {
                        if (!$util.isObject(object.objects[i]))
                            throw $TypeError(".vigil.v1.ObjectList.objects: object expected");
                        message.objects[i] = $root.vigil.v1.SensedObject.fromObject(object.objects[i], _depth + 1);
                    }
                }
                if (object.tags) {
                    if (!$util.isObject(object.tags))
                        throw $TypeError(".vigil.v1.ObjectList.tags: object expected");
                    message.tags = {};
                    for (let keys = $Object.keys(object.tags), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.tags, keys[i]);
                        message.tags[keys[i]] = $String(object.tags[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an ObjectList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ObjectList
             * @static
             * @param {vigil.v1.ObjectList} message ObjectList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ObjectList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.objects = [];
                if (options.objects || options.defaults)
                    object.tags = {};
                if (options.defaults) {
                    object.sensorId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.captureTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.captureTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.sensorId != null && $Object.hasOwnProperty.call(message, "sensorId"))
                    object.sensorId = message.sensorId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.captureTimeNs != null && $Object.hasOwnProperty.call(message, "captureTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.captureTimeNs = typeof message.captureTimeNs === "number" ? $BigInt(message.captureTimeNs) : $util.Long.fromBits(message.captureTimeNs.low >>> 0, message.captureTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.captureTimeNs === "number")
                        object.captureTimeNs = options.longs === $String ? $String(message.captureTimeNs) : message.captureTimeNs;
                    else
                        object.captureTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.captureTimeNs) : options.longs === $Number ? new $util.LongBits(message.captureTimeNs.low >>> 0, message.captureTimeNs.high >>> 0).toNumber() : message.captureTimeNs;
                if (message.sentTimeNs != null && $Object.hasOwnProperty.call(message, "sentTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentTimeNs = typeof message.sentTimeNs === "number" ? $BigInt(message.sentTimeNs) : $util.Long.fromBits(message.sentTimeNs.low >>> 0, message.sentTimeNs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentTimeNs === "number")
                        object.sentTimeNs = options.longs === $String ? $String(message.sentTimeNs) : message.sentTimeNs;
                    else
                        object.sentTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentTimeNs) : options.longs === $Number ? new $util.LongBits(message.sentTimeNs.low >>> 0, message.sentTimeNs.high >>> 0).toNumber() : message.sentTimeNs;
                if (message.objects && message.objects.length) {
                    object.objects = $Array(message.objects.length);
                    for (let j = 0; j < message.objects.length; ++j)
                        object.objects[j] = $root.vigil.v1.SensedObject.toObject(message.objects[j], options, _depth + 1);
                }
                let keys2;
                if (message.tags && (keys2 = $Object.keys(message.tags)).length) {
                    object.tags = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.tags, keys2[j]);
                        object.tags[keys2[j]] = message.tags[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this ObjectList to JSON.
             * @function toJSON
             * @memberof vigil.v1.ObjectList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ObjectList.prototype.toJSON = function() {
                return ObjectList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ObjectList
             * @function getTypeUrl
             * @memberof vigil.v1.ObjectList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ObjectList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.ObjectList";
            };

            return ObjectList;
        })();

        return v1;
    })();

    return vigil;
})();

export {
  $root as default
};
