import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace vigil. */
export namespace vigil {

    /** Namespace v1. */
    namespace v1 {

        /** CommandKind enum. */
        enum CommandKind {

            /** COMMAND_KIND_UNSPECIFIED value */
            COMMAND_KIND_UNSPECIFIED = 0,

            /** COMMAND_KIND_PROCEED value */
            COMMAND_KIND_PROCEED = 1,

            /** COMMAND_KIND_SLOW value */
            COMMAND_KIND_SLOW = 2,

            /** COMMAND_KIND_STOP value */
            COMMAND_KIND_STOP = 3,

            /** COMMAND_KIND_SAFE_STOP value */
            COMMAND_KIND_SAFE_STOP = 4
        }

        /** CommandSource enum. */
        enum CommandSource {

            /** COMMAND_SOURCE_UNSPECIFIED value */
            COMMAND_SOURCE_UNSPECIFIED = 0,

            /** COMMAND_SOURCE_PERCEPTION value */
            COMMAND_SOURCE_PERCEPTION = 1,

            /** COMMAND_SOURCE_OPERATOR value */
            COMMAND_SOURCE_OPERATOR = 2,

            /** COMMAND_SOURCE_FALLBACK value */
            COMMAND_SOURCE_FALLBACK = 3
        }

        /**
         * Properties of an ActuationCommand.
         * @deprecated Use vigil.v1.ActuationCommand.$Properties instead.
         */
        interface IActuationCommand extends vigil.v1.ActuationCommand.$Properties {
        }

        /** Represents an ActuationCommand. */
        class ActuationCommand {

            /**
             * Constructs a new ActuationCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ActuationCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ActuationCommand machineId. */
            machineId: string;

            /** ActuationCommand seq. */
            seq: Long;

            /** ActuationCommand issuedTimeNs. */
            issuedTimeNs: Long;

            /** ActuationCommand validUntilNs. */
            validUntilNs: Long;

            /** ActuationCommand kind. */
            kind: vigil.v1.CommandKind;

            /** ActuationCommand source. */
            source: vigil.v1.CommandSource;

            /** ActuationCommand maxSpeedMps. */
            maxSpeedMps: number;

            /** ActuationCommand reason. */
            reason: string;

            /** ActuationCommand assessmentId. */
            assessmentId: string;

            /** ActuationCommand origin. */
            origin: string;

            /**
             * Creates a new ActuationCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ActuationCommand instance
             */
            static create(properties: vigil.v1.ActuationCommand.$Shape): vigil.v1.ActuationCommand & vigil.v1.ActuationCommand.$Shape;
            static create(properties?: vigil.v1.ActuationCommand.$Properties): vigil.v1.ActuationCommand;

            /**
             * Encodes the specified ActuationCommand message. Does not implicitly {@link vigil.v1.ActuationCommand.verify|verify} messages.
             * @param message ActuationCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.ActuationCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ActuationCommand message, length delimited. Does not implicitly {@link vigil.v1.ActuationCommand.verify|verify} messages.
             * @param message ActuationCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.ActuationCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ActuationCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.ActuationCommand & vigil.v1.ActuationCommand.$Shape} ActuationCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ActuationCommand & vigil.v1.ActuationCommand.$Shape;

            /**
             * Decodes an ActuationCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.ActuationCommand & vigil.v1.ActuationCommand.$Shape} ActuationCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ActuationCommand & vigil.v1.ActuationCommand.$Shape;

            /**
             * Verifies an ActuationCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ActuationCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ActuationCommand
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.ActuationCommand;

            /**
             * Creates a plain object from an ActuationCommand message. Also converts values to other types if specified.
             * @param message ActuationCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.ActuationCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ActuationCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ActuationCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ActuationCommand {

            /** Properties of an ActuationCommand. */
            interface $Properties {

                /** ActuationCommand machineId */
                machineId?: (string|null);

                /** ActuationCommand seq */
                seq?: (Long|null);

                /** ActuationCommand issuedTimeNs */
                issuedTimeNs?: (Long|null);

                /** ActuationCommand validUntilNs */
                validUntilNs?: (Long|null);

                /** ActuationCommand kind */
                kind?: (vigil.v1.CommandKind|null);

                /** ActuationCommand source */
                source?: (vigil.v1.CommandSource|null);

                /** ActuationCommand maxSpeedMps */
                maxSpeedMps?: (number|null);

                /** ActuationCommand reason */
                reason?: (string|null);

                /** ActuationCommand assessmentId */
                assessmentId?: (string|null);

                /** ActuationCommand origin */
                origin?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ActuationCommand. */
            type $Shape = vigil.v1.ActuationCommand.$Properties;
        }

        /**
         * Properties of an InputSpec.
         * @deprecated Use vigil.v1.InputSpec.$Properties instead.
         */
        interface IInputSpec extends vigil.v1.InputSpec.$Properties {
        }

        /** Represents an InputSpec. */
        class InputSpec {

            /**
             * Constructs a new InputSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.InputSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InputSpec name. */
            name: string;

            /** InputSpec shape. */
            shape: Long[];

            /** InputSpec dtype. */
            dtype: string;

            /**
             * Creates a new InputSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InputSpec instance
             */
            static create(properties: vigil.v1.InputSpec.$Shape): vigil.v1.InputSpec & vigil.v1.InputSpec.$Shape;
            static create(properties?: vigil.v1.InputSpec.$Properties): vigil.v1.InputSpec;

            /**
             * Encodes the specified InputSpec message. Does not implicitly {@link vigil.v1.InputSpec.verify|verify} messages.
             * @param message InputSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.InputSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InputSpec message, length delimited. Does not implicitly {@link vigil.v1.InputSpec.verify|verify} messages.
             * @param message InputSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.InputSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InputSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.InputSpec & vigil.v1.InputSpec.$Shape} InputSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.InputSpec & vigil.v1.InputSpec.$Shape;

            /**
             * Decodes an InputSpec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.InputSpec & vigil.v1.InputSpec.$Shape} InputSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.InputSpec & vigil.v1.InputSpec.$Shape;

            /**
             * Verifies an InputSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InputSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InputSpec
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.InputSpec;

            /**
             * Creates a plain object from an InputSpec message. Also converts values to other types if specified.
             * @param message InputSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.InputSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InputSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InputSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InputSpec {

            /** Properties of an InputSpec. */
            interface $Properties {

                /** InputSpec name */
                name?: (string|null);

                /** InputSpec shape */
                shape?: (Long[]|null);

                /** InputSpec dtype */
                dtype?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InputSpec. */
            type $Shape = vigil.v1.InputSpec.$Properties;
        }

        /**
         * Properties of a ModelManifest.
         * @deprecated Use vigil.v1.ModelManifest.$Properties instead.
         */
        interface IModelManifest extends vigil.v1.ModelManifest.$Properties {
        }

        /** Represents a ModelManifest. */
        class ModelManifest {

            /**
             * Constructs a new ModelManifest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ModelManifest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelManifest name. */
            name: string;

            /** ModelManifest version. */
            version: string;

            /** ModelManifest sha256. */
            sha256: string;

            /** ModelManifest sizeBytes. */
            sizeBytes: Long;

            /** ModelManifest format. */
            format: string;

            /** ModelManifest decoder. */
            decoder: string;

            /** ModelManifest labels. */
            labels: string[];

            /** ModelManifest inputs. */
            inputs: vigil.v1.InputSpec.$Properties[];

            /** ModelManifest outputs. */
            outputs: vigil.v1.InputSpec.$Properties[];

            /** ModelManifest specYaml. */
            specYaml: string;

            /** ModelManifest createdTimeNs. */
            createdTimeNs: Long;

            /** ModelManifest keyId. */
            keyId: string;

            /** ModelManifest signature. */
            signature: Uint8Array;

            /** ModelManifest rollback. */
            rollback: boolean;

            /** ModelManifest golden. */
            golden: vigil.v1.GoldenInput.$Properties[];

            /**
             * Creates a new ModelManifest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelManifest instance
             */
            static create(properties: vigil.v1.ModelManifest.$Shape): vigil.v1.ModelManifest & vigil.v1.ModelManifest.$Shape;
            static create(properties?: vigil.v1.ModelManifest.$Properties): vigil.v1.ModelManifest;

            /**
             * Encodes the specified ModelManifest message. Does not implicitly {@link vigil.v1.ModelManifest.verify|verify} messages.
             * @param message ModelManifest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.ModelManifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ModelManifest message, length delimited. Does not implicitly {@link vigil.v1.ModelManifest.verify|verify} messages.
             * @param message ModelManifest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.ModelManifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelManifest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.ModelManifest & vigil.v1.ModelManifest.$Shape} ModelManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ModelManifest & vigil.v1.ModelManifest.$Shape;

            /**
             * Decodes a ModelManifest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.ModelManifest & vigil.v1.ModelManifest.$Shape} ModelManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ModelManifest & vigil.v1.ModelManifest.$Shape;

            /**
             * Verifies a ModelManifest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ModelManifest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelManifest
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.ModelManifest;

            /**
             * Creates a plain object from a ModelManifest message. Also converts values to other types if specified.
             * @param message ModelManifest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.ModelManifest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelManifest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ModelManifest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelManifest {

            /** Properties of a ModelManifest. */
            interface $Properties {

                /** ModelManifest name */
                name?: (string|null);

                /** ModelManifest version */
                version?: (string|null);

                /** ModelManifest sha256 */
                sha256?: (string|null);

                /** ModelManifest sizeBytes */
                sizeBytes?: (Long|null);

                /** ModelManifest format */
                format?: (string|null);

                /** ModelManifest decoder */
                decoder?: (string|null);

                /** ModelManifest labels */
                labels?: (string[]|null);

                /** ModelManifest inputs */
                inputs?: (vigil.v1.InputSpec.$Properties[]|null);

                /** ModelManifest outputs */
                outputs?: (vigil.v1.InputSpec.$Properties[]|null);

                /** ModelManifest specYaml */
                specYaml?: (string|null);

                /** ModelManifest createdTimeNs */
                createdTimeNs?: (Long|null);

                /** ModelManifest keyId */
                keyId?: (string|null);

                /** ModelManifest signature */
                signature?: (Uint8Array|null);

                /** ModelManifest rollback */
                rollback?: (boolean|null);

                /** ModelManifest golden */
                golden?: (vigil.v1.GoldenInput.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModelManifest. */
            type $Shape = vigil.v1.ModelManifest.$Properties;
        }

        /**
         * Properties of a GoldenInput.
         * @deprecated Use vigil.v1.GoldenInput.$Properties instead.
         */
        interface IGoldenInput extends vigil.v1.GoldenInput.$Properties {
        }

        /** Represents a GoldenInput. */
        class GoldenInput {

            /**
             * Constructs a new GoldenInput.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.GoldenInput.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GoldenInput name. */
            name: string;

            /** GoldenInput image. */
            image: Uint8Array;

            /** GoldenInput expectLabel. */
            expectLabel: string;

            /** GoldenInput expectMinCount. */
            expectMinCount: number;

            /**
             * Creates a new GoldenInput instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GoldenInput instance
             */
            static create(properties: vigil.v1.GoldenInput.$Shape): vigil.v1.GoldenInput & vigil.v1.GoldenInput.$Shape;
            static create(properties?: vigil.v1.GoldenInput.$Properties): vigil.v1.GoldenInput;

            /**
             * Encodes the specified GoldenInput message. Does not implicitly {@link vigil.v1.GoldenInput.verify|verify} messages.
             * @param message GoldenInput message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.GoldenInput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GoldenInput message, length delimited. Does not implicitly {@link vigil.v1.GoldenInput.verify|verify} messages.
             * @param message GoldenInput message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.GoldenInput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GoldenInput message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.GoldenInput & vigil.v1.GoldenInput.$Shape} GoldenInput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.GoldenInput & vigil.v1.GoldenInput.$Shape;

            /**
             * Decodes a GoldenInput message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.GoldenInput & vigil.v1.GoldenInput.$Shape} GoldenInput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.GoldenInput & vigil.v1.GoldenInput.$Shape;

            /**
             * Verifies a GoldenInput message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GoldenInput message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GoldenInput
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.GoldenInput;

            /**
             * Creates a plain object from a GoldenInput message. Also converts values to other types if specified.
             * @param message GoldenInput
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.GoldenInput, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GoldenInput to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GoldenInput
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GoldenInput {

            /** Properties of a GoldenInput. */
            interface $Properties {

                /** GoldenInput name */
                name?: (string|null);

                /** GoldenInput image */
                image?: (Uint8Array|null);

                /** GoldenInput expectLabel */
                expectLabel?: (string|null);

                /** GoldenInput expectMinCount */
                expectMinCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GoldenInput. */
            type $Shape = vigil.v1.GoldenInput.$Properties;
        }

        /**
         * Properties of a DeployCommand.
         * @deprecated Use vigil.v1.DeployCommand.$Properties instead.
         */
        interface IDeployCommand extends vigil.v1.DeployCommand.$Properties {
        }

        /** Represents a DeployCommand. */
        class DeployCommand {

            /**
             * Constructs a new DeployCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.DeployCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeployCommand deployId. */
            deployId: string;

            /** DeployCommand manifest. */
            manifest?: (vigil.v1.ModelManifest.$Properties|null);

            /** DeployCommand url. */
            url: string;

            /** DeployCommand chunkCount. */
            chunkCount: number;

            /** DeployCommand mode. */
            mode: string;

            /** DeployCommand issuedTimeNs. */
            issuedTimeNs: Long;

            /**
             * Creates a new DeployCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeployCommand instance
             */
            static create(properties: vigil.v1.DeployCommand.$Shape): vigil.v1.DeployCommand & vigil.v1.DeployCommand.$Shape;
            static create(properties?: vigil.v1.DeployCommand.$Properties): vigil.v1.DeployCommand;

            /**
             * Encodes the specified DeployCommand message. Does not implicitly {@link vigil.v1.DeployCommand.verify|verify} messages.
             * @param message DeployCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.DeployCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeployCommand message, length delimited. Does not implicitly {@link vigil.v1.DeployCommand.verify|verify} messages.
             * @param message DeployCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.DeployCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeployCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.DeployCommand & vigil.v1.DeployCommand.$Shape} DeployCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.DeployCommand & vigil.v1.DeployCommand.$Shape;

            /**
             * Decodes a DeployCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.DeployCommand & vigil.v1.DeployCommand.$Shape} DeployCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.DeployCommand & vigil.v1.DeployCommand.$Shape;

            /**
             * Verifies a DeployCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeployCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeployCommand
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.DeployCommand;

            /**
             * Creates a plain object from a DeployCommand message. Also converts values to other types if specified.
             * @param message DeployCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.DeployCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeployCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeployCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeployCommand {

            /** Properties of a DeployCommand. */
            interface $Properties {

                /** DeployCommand deployId */
                deployId?: (string|null);

                /** DeployCommand manifest */
                manifest?: (vigil.v1.ModelManifest.$Properties|null);

                /** DeployCommand url */
                url?: (string|null);

                /** DeployCommand chunkCount */
                chunkCount?: (number|null);

                /** DeployCommand mode */
                mode?: (string|null);

                /** DeployCommand issuedTimeNs */
                issuedTimeNs?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeployCommand. */
            type $Shape = vigil.v1.DeployCommand.$Properties;
        }

        /**
         * Properties of an ArtifactChunk.
         * @deprecated Use vigil.v1.ArtifactChunk.$Properties instead.
         */
        interface IArtifactChunk extends vigil.v1.ArtifactChunk.$Properties {
        }

        /** Represents an ArtifactChunk. */
        class ArtifactChunk {

            /**
             * Constructs a new ArtifactChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ArtifactChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ArtifactChunk deployId. */
            deployId: string;

            /** ArtifactChunk index. */
            index: number;

            /** ArtifactChunk count. */
            count: number;

            /** ArtifactChunk data. */
            data: Uint8Array;

            /**
             * Creates a new ArtifactChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ArtifactChunk instance
             */
            static create(properties: vigil.v1.ArtifactChunk.$Shape): vigil.v1.ArtifactChunk & vigil.v1.ArtifactChunk.$Shape;
            static create(properties?: vigil.v1.ArtifactChunk.$Properties): vigil.v1.ArtifactChunk;

            /**
             * Encodes the specified ArtifactChunk message. Does not implicitly {@link vigil.v1.ArtifactChunk.verify|verify} messages.
             * @param message ArtifactChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.ArtifactChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ArtifactChunk message, length delimited. Does not implicitly {@link vigil.v1.ArtifactChunk.verify|verify} messages.
             * @param message ArtifactChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.ArtifactChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ArtifactChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.ArtifactChunk & vigil.v1.ArtifactChunk.$Shape} ArtifactChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ArtifactChunk & vigil.v1.ArtifactChunk.$Shape;

            /**
             * Decodes an ArtifactChunk message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.ArtifactChunk & vigil.v1.ArtifactChunk.$Shape} ArtifactChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ArtifactChunk & vigil.v1.ArtifactChunk.$Shape;

            /**
             * Verifies an ArtifactChunk message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ArtifactChunk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ArtifactChunk
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.ArtifactChunk;

            /**
             * Creates a plain object from an ArtifactChunk message. Also converts values to other types if specified.
             * @param message ArtifactChunk
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.ArtifactChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ArtifactChunk to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ArtifactChunk
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArtifactChunk {

            /** Properties of an ArtifactChunk. */
            interface $Properties {

                /** ArtifactChunk deployId */
                deployId?: (string|null);

                /** ArtifactChunk index */
                index?: (number|null);

                /** ArtifactChunk count */
                count?: (number|null);

                /** ArtifactChunk data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ArtifactChunk. */
            type $Shape = vigil.v1.ArtifactChunk.$Properties;
        }

        /**
         * Properties of a DeviceStatus.
         * @deprecated Use vigil.v1.DeviceStatus.$Properties instead.
         */
        interface IDeviceStatus extends vigil.v1.DeviceStatus.$Properties {
        }

        /** Represents a DeviceStatus. */
        class DeviceStatus {

            /**
             * Constructs a new DeviceStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.DeviceStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceStatus site. */
            site: string;

            /** DeviceStatus device. */
            device: string;

            /** DeviceStatus timeNs. */
            timeNs: Long;

            /** DeviceStatus online. */
            online: boolean;

            /** DeviceStatus activeModel. */
            activeModel: string;

            /** DeviceStatus activeVersion. */
            activeVersion: string;

            /** DeviceStatus shadowVersion. */
            shadowVersion: string;

            /** DeviceStatus state. */
            state: string;

            /** DeviceStatus metrics. */
            metrics: { [k: string]: number };

            /** DeviceStatus deployId. */
            deployId: string;

            /** DeviceStatus storedVersions. */
            storedVersions: string[];

            /**
             * Creates a new DeviceStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceStatus instance
             */
            static create(properties: vigil.v1.DeviceStatus.$Shape): vigil.v1.DeviceStatus & vigil.v1.DeviceStatus.$Shape;
            static create(properties?: vigil.v1.DeviceStatus.$Properties): vigil.v1.DeviceStatus;

            /**
             * Encodes the specified DeviceStatus message. Does not implicitly {@link vigil.v1.DeviceStatus.verify|verify} messages.
             * @param message DeviceStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.DeviceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceStatus message, length delimited. Does not implicitly {@link vigil.v1.DeviceStatus.verify|verify} messages.
             * @param message DeviceStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.DeviceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.DeviceStatus & vigil.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.DeviceStatus & vigil.v1.DeviceStatus.$Shape;

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.DeviceStatus & vigil.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.DeviceStatus & vigil.v1.DeviceStatus.$Shape;

            /**
             * Verifies a DeviceStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceStatus
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.DeviceStatus;

            /**
             * Creates a plain object from a DeviceStatus message. Also converts values to other types if specified.
             * @param message DeviceStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.DeviceStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceStatus {

            /** Properties of a DeviceStatus. */
            interface $Properties {

                /** DeviceStatus site */
                site?: (string|null);

                /** DeviceStatus device */
                device?: (string|null);

                /** DeviceStatus timeNs */
                timeNs?: (Long|null);

                /** DeviceStatus online */
                online?: (boolean|null);

                /** DeviceStatus activeModel */
                activeModel?: (string|null);

                /** DeviceStatus activeVersion */
                activeVersion?: (string|null);

                /** DeviceStatus shadowVersion */
                shadowVersion?: (string|null);

                /** DeviceStatus state */
                state?: (string|null);

                /** DeviceStatus metrics */
                metrics?: ({ [k: string]: number }|null);

                /** DeviceStatus deployId */
                deployId?: (string|null);

                /** DeviceStatus storedVersions */
                storedVersions?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceStatus. */
            type $Shape = vigil.v1.DeviceStatus.$Properties;
        }

        /**
         * Properties of a RiskEvent.
         * @deprecated Use vigil.v1.RiskEvent.$Properties instead.
         */
        interface IRiskEvent extends vigil.v1.RiskEvent.$Properties {
        }

        /** Represents a RiskEvent. */
        class RiskEvent {

            /**
             * Constructs a new RiskEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.RiskEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RiskEvent eventId. */
            eventId: string;

            /** RiskEvent site. */
            site: string;

            /** RiskEvent device. */
            device: string;

            /** RiskEvent assessment. */
            assessment?: (vigil.v1.RiskAssessment.$Properties|null);

            /**
             * Creates a new RiskEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RiskEvent instance
             */
            static create(properties: vigil.v1.RiskEvent.$Shape): vigil.v1.RiskEvent & vigil.v1.RiskEvent.$Shape;
            static create(properties?: vigil.v1.RiskEvent.$Properties): vigil.v1.RiskEvent;

            /**
             * Encodes the specified RiskEvent message. Does not implicitly {@link vigil.v1.RiskEvent.verify|verify} messages.
             * @param message RiskEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.RiskEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RiskEvent message, length delimited. Does not implicitly {@link vigil.v1.RiskEvent.verify|verify} messages.
             * @param message RiskEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.RiskEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RiskEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.RiskEvent & vigil.v1.RiskEvent.$Shape} RiskEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.RiskEvent & vigil.v1.RiskEvent.$Shape;

            /**
             * Decodes a RiskEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.RiskEvent & vigil.v1.RiskEvent.$Shape} RiskEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.RiskEvent & vigil.v1.RiskEvent.$Shape;

            /**
             * Verifies a RiskEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RiskEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RiskEvent
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.RiskEvent;

            /**
             * Creates a plain object from a RiskEvent message. Also converts values to other types if specified.
             * @param message RiskEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.RiskEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RiskEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RiskEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RiskEvent {

            /** Properties of a RiskEvent. */
            interface $Properties {

                /** RiskEvent eventId */
                eventId?: (string|null);

                /** RiskEvent site */
                site?: (string|null);

                /** RiskEvent device */
                device?: (string|null);

                /** RiskEvent assessment */
                assessment?: (vigil.v1.RiskAssessment.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RiskEvent. */
            type $Shape = vigil.v1.RiskEvent.$Properties;
        }

        /**
         * Properties of a Telemetry.
         * @deprecated Use vigil.v1.Telemetry.$Properties instead.
         */
        interface ITelemetry extends vigil.v1.Telemetry.$Properties {
        }

        /** Represents a Telemetry. */
        class Telemetry {

            /**
             * Constructs a new Telemetry.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Telemetry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Telemetry messageId. */
            messageId: string;

            /** Telemetry site. */
            site: string;

            /** Telemetry device. */
            device: string;

            /** Telemetry timeNs. */
            timeNs: Long;

            /** Telemetry values. */
            values: { [k: string]: number };

            /**
             * Creates a new Telemetry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Telemetry instance
             */
            static create(properties: vigil.v1.Telemetry.$Shape): vigil.v1.Telemetry & vigil.v1.Telemetry.$Shape;
            static create(properties?: vigil.v1.Telemetry.$Properties): vigil.v1.Telemetry;

            /**
             * Encodes the specified Telemetry message. Does not implicitly {@link vigil.v1.Telemetry.verify|verify} messages.
             * @param message Telemetry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Telemetry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Telemetry message, length delimited. Does not implicitly {@link vigil.v1.Telemetry.verify|verify} messages.
             * @param message Telemetry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.Telemetry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Telemetry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Telemetry & vigil.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Telemetry & vigil.v1.Telemetry.$Shape;

            /**
             * Decodes a Telemetry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.Telemetry & vigil.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Telemetry & vigil.v1.Telemetry.$Shape;

            /**
             * Verifies a Telemetry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Telemetry
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Telemetry;

            /**
             * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
             * @param message Telemetry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Telemetry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Telemetry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Telemetry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Telemetry {

            /** Properties of a Telemetry. */
            interface $Properties {

                /** Telemetry messageId */
                messageId?: (string|null);

                /** Telemetry site */
                site?: (string|null);

                /** Telemetry device */
                device?: (string|null);

                /** Telemetry timeNs */
                timeNs?: (Long|null);

                /** Telemetry values */
                values?: ({ [k: string]: number }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Telemetry. */
            type $Shape = vigil.v1.Telemetry.$Properties;
        }

        /**
         * Properties of a ModelStatusReport.
         * @deprecated Use vigil.v1.ModelStatusReport.$Properties instead.
         */
        interface IModelStatusReport extends vigil.v1.ModelStatusReport.$Properties {
        }

        /** Represents a ModelStatusReport. */
        class ModelStatusReport {

            /**
             * Constructs a new ModelStatusReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ModelStatusReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelStatusReport messageId. */
            messageId: string;

            /** ModelStatusReport site. */
            site: string;

            /** ModelStatusReport device. */
            device: string;

            /** ModelStatusReport timeNs. */
            timeNs: Long;

            /** ModelStatusReport deployId. */
            deployId: string;

            /** ModelStatusReport modelName. */
            modelName: string;

            /** ModelStatusReport version. */
            version: string;

            /** ModelStatusReport state. */
            state: string;

            /** ModelStatusReport reasonCode. */
            reasonCode: string;

            /** ModelStatusReport detail. */
            detail: string;

            /** ModelStatusReport metrics. */
            metrics: { [k: string]: number };

            /** ModelStatusReport previousVersion. */
            previousVersion: string;

            /**
             * Creates a new ModelStatusReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelStatusReport instance
             */
            static create(properties: vigil.v1.ModelStatusReport.$Shape): vigil.v1.ModelStatusReport & vigil.v1.ModelStatusReport.$Shape;
            static create(properties?: vigil.v1.ModelStatusReport.$Properties): vigil.v1.ModelStatusReport;

            /**
             * Encodes the specified ModelStatusReport message. Does not implicitly {@link vigil.v1.ModelStatusReport.verify|verify} messages.
             * @param message ModelStatusReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.ModelStatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ModelStatusReport message, length delimited. Does not implicitly {@link vigil.v1.ModelStatusReport.verify|verify} messages.
             * @param message ModelStatusReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.ModelStatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelStatusReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.ModelStatusReport & vigil.v1.ModelStatusReport.$Shape} ModelStatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ModelStatusReport & vigil.v1.ModelStatusReport.$Shape;

            /**
             * Decodes a ModelStatusReport message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.ModelStatusReport & vigil.v1.ModelStatusReport.$Shape} ModelStatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ModelStatusReport & vigil.v1.ModelStatusReport.$Shape;

            /**
             * Verifies a ModelStatusReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ModelStatusReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelStatusReport
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.ModelStatusReport;

            /**
             * Creates a plain object from a ModelStatusReport message. Also converts values to other types if specified.
             * @param message ModelStatusReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.ModelStatusReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelStatusReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ModelStatusReport
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelStatusReport {

            /** Properties of a ModelStatusReport. */
            interface $Properties {

                /** ModelStatusReport messageId */
                messageId?: (string|null);

                /** ModelStatusReport site */
                site?: (string|null);

                /** ModelStatusReport device */
                device?: (string|null);

                /** ModelStatusReport timeNs */
                timeNs?: (Long|null);

                /** ModelStatusReport deployId */
                deployId?: (string|null);

                /** ModelStatusReport modelName */
                modelName?: (string|null);

                /** ModelStatusReport version */
                version?: (string|null);

                /** ModelStatusReport state */
                state?: (string|null);

                /** ModelStatusReport reasonCode */
                reasonCode?: (string|null);

                /** ModelStatusReport detail */
                detail?: (string|null);

                /** ModelStatusReport metrics */
                metrics?: ({ [k: string]: number }|null);

                /** ModelStatusReport previousVersion */
                previousVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModelStatusReport. */
            type $Shape = vigil.v1.ModelStatusReport.$Properties;
        }

        /**
         * Properties of a RollbackCommand.
         * @deprecated Use vigil.v1.RollbackCommand.$Properties instead.
         */
        interface IRollbackCommand extends vigil.v1.RollbackCommand.$Properties {
        }

        /** Represents a RollbackCommand. */
        class RollbackCommand {

            /**
             * Constructs a new RollbackCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.RollbackCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RollbackCommand deployId. */
            deployId: string;

            /** RollbackCommand modelName. */
            modelName: string;

            /** RollbackCommand toVersion. */
            toVersion: string;

            /** RollbackCommand reason. */
            reason: string;

            /** RollbackCommand issuedTimeNs. */
            issuedTimeNs: Long;

            /** RollbackCommand keyId. */
            keyId: string;

            /** RollbackCommand signature. */
            signature: Uint8Array;

            /**
             * Creates a new RollbackCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RollbackCommand instance
             */
            static create(properties: vigil.v1.RollbackCommand.$Shape): vigil.v1.RollbackCommand & vigil.v1.RollbackCommand.$Shape;
            static create(properties?: vigil.v1.RollbackCommand.$Properties): vigil.v1.RollbackCommand;

            /**
             * Encodes the specified RollbackCommand message. Does not implicitly {@link vigil.v1.RollbackCommand.verify|verify} messages.
             * @param message RollbackCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.RollbackCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RollbackCommand message, length delimited. Does not implicitly {@link vigil.v1.RollbackCommand.verify|verify} messages.
             * @param message RollbackCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.RollbackCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RollbackCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.RollbackCommand & vigil.v1.RollbackCommand.$Shape} RollbackCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.RollbackCommand & vigil.v1.RollbackCommand.$Shape;

            /**
             * Decodes a RollbackCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.RollbackCommand & vigil.v1.RollbackCommand.$Shape} RollbackCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.RollbackCommand & vigil.v1.RollbackCommand.$Shape;

            /**
             * Verifies a RollbackCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RollbackCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RollbackCommand
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.RollbackCommand;

            /**
             * Creates a plain object from a RollbackCommand message. Also converts values to other types if specified.
             * @param message RollbackCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.RollbackCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RollbackCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RollbackCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RollbackCommand {

            /** Properties of a RollbackCommand. */
            interface $Properties {

                /** RollbackCommand deployId */
                deployId?: (string|null);

                /** RollbackCommand modelName */
                modelName?: (string|null);

                /** RollbackCommand toVersion */
                toVersion?: (string|null);

                /** RollbackCommand reason */
                reason?: (string|null);

                /** RollbackCommand issuedTimeNs */
                issuedTimeNs?: (Long|null);

                /** RollbackCommand keyId */
                keyId?: (string|null);

                /** RollbackCommand signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RollbackCommand. */
            type $Shape = vigil.v1.RollbackCommand.$Properties;
        }

        /**
         * Properties of a DriftEvent.
         * @deprecated Use vigil.v1.DriftEvent.$Properties instead.
         */
        interface IDriftEvent extends vigil.v1.DriftEvent.$Properties {
        }

        /** Represents a DriftEvent. */
        class DriftEvent {

            /**
             * Constructs a new DriftEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.DriftEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DriftEvent eventId. */
            eventId: string;

            /** DriftEvent site. */
            site: string;

            /** DriftEvent device. */
            device: string;

            /** DriftEvent timeNs. */
            timeNs: Long;

            /** DriftEvent sensorId. */
            sensorId: string;

            /** DriftEvent feature. */
            feature: string;

            /** DriftEvent statistic. */
            statistic: string;

            /** DriftEvent value. */
            value: number;

            /** DriftEvent threshold. */
            threshold: number;

            /** DriftEvent state. */
            state: string;

            /** DriftEvent windowFrames. */
            windowFrames: number;

            /**
             * Creates a new DriftEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DriftEvent instance
             */
            static create(properties: vigil.v1.DriftEvent.$Shape): vigil.v1.DriftEvent & vigil.v1.DriftEvent.$Shape;
            static create(properties?: vigil.v1.DriftEvent.$Properties): vigil.v1.DriftEvent;

            /**
             * Encodes the specified DriftEvent message. Does not implicitly {@link vigil.v1.DriftEvent.verify|verify} messages.
             * @param message DriftEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.DriftEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DriftEvent message, length delimited. Does not implicitly {@link vigil.v1.DriftEvent.verify|verify} messages.
             * @param message DriftEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.DriftEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DriftEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.DriftEvent & vigil.v1.DriftEvent.$Shape} DriftEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.DriftEvent & vigil.v1.DriftEvent.$Shape;

            /**
             * Decodes a DriftEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.DriftEvent & vigil.v1.DriftEvent.$Shape} DriftEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.DriftEvent & vigil.v1.DriftEvent.$Shape;

            /**
             * Verifies a DriftEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DriftEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DriftEvent
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.DriftEvent;

            /**
             * Creates a plain object from a DriftEvent message. Also converts values to other types if specified.
             * @param message DriftEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.DriftEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DriftEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DriftEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DriftEvent {

            /** Properties of a DriftEvent. */
            interface $Properties {

                /** DriftEvent eventId */
                eventId?: (string|null);

                /** DriftEvent site */
                site?: (string|null);

                /** DriftEvent device */
                device?: (string|null);

                /** DriftEvent timeNs */
                timeNs?: (Long|null);

                /** DriftEvent sensorId */
                sensorId?: (string|null);

                /** DriftEvent feature */
                feature?: (string|null);

                /** DriftEvent statistic */
                statistic?: (string|null);

                /** DriftEvent value */
                value?: (number|null);

                /** DriftEvent threshold */
                threshold?: (number|null);

                /** DriftEvent state */
                state?: (string|null);

                /** DriftEvent windowFrames */
                windowFrames?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DriftEvent. */
            type $Shape = vigil.v1.DriftEvent.$Properties;
        }

        /** RiskLevel enum. */
        enum RiskLevel {

            /** RISK_LEVEL_UNSPECIFIED value */
            RISK_LEVEL_UNSPECIFIED = 0,

            /** RISK_LEVEL_CLEAR value */
            RISK_LEVEL_CLEAR = 1,

            /** RISK_LEVEL_CAUTION value */
            RISK_LEVEL_CAUTION = 2,

            /** RISK_LEVEL_WARNING value */
            RISK_LEVEL_WARNING = 3,

            /** RISK_LEVEL_DANGER value */
            RISK_LEVEL_DANGER = 4
        }

        /**
         * Properties of a RiskFactor.
         * @deprecated Use vigil.v1.RiskFactor.$Properties instead.
         */
        interface IRiskFactor extends vigil.v1.RiskFactor.$Properties {
        }

        /** Represents a RiskFactor. */
        class RiskFactor {

            /**
             * Constructs a new RiskFactor.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.RiskFactor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RiskFactor trackId. */
            trackId: Long;

            /** RiskFactor rule. */
            rule: string;

            /** RiskFactor zone. */
            zone: string;

            /** RiskFactor level. */
            level: vigil.v1.RiskLevel;

            /** RiskFactor ttcS. */
            ttcS: number;

            /** RiskFactor distanceM. */
            distanceM: number;

            /** RiskFactor detail. */
            detail: string;

            /**
             * Creates a new RiskFactor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RiskFactor instance
             */
            static create(properties: vigil.v1.RiskFactor.$Shape): vigil.v1.RiskFactor & vigil.v1.RiskFactor.$Shape;
            static create(properties?: vigil.v1.RiskFactor.$Properties): vigil.v1.RiskFactor;

            /**
             * Encodes the specified RiskFactor message. Does not implicitly {@link vigil.v1.RiskFactor.verify|verify} messages.
             * @param message RiskFactor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.RiskFactor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RiskFactor message, length delimited. Does not implicitly {@link vigil.v1.RiskFactor.verify|verify} messages.
             * @param message RiskFactor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.RiskFactor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RiskFactor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.RiskFactor & vigil.v1.RiskFactor.$Shape} RiskFactor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.RiskFactor & vigil.v1.RiskFactor.$Shape;

            /**
             * Decodes a RiskFactor message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.RiskFactor & vigil.v1.RiskFactor.$Shape} RiskFactor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.RiskFactor & vigil.v1.RiskFactor.$Shape;

            /**
             * Verifies a RiskFactor message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RiskFactor message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RiskFactor
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.RiskFactor;

            /**
             * Creates a plain object from a RiskFactor message. Also converts values to other types if specified.
             * @param message RiskFactor
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.RiskFactor, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RiskFactor to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RiskFactor
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RiskFactor {

            /** Properties of a RiskFactor. */
            interface $Properties {

                /** RiskFactor trackId */
                trackId?: (Long|null);

                /** RiskFactor rule */
                rule?: (string|null);

                /** RiskFactor zone */
                zone?: (string|null);

                /** RiskFactor level */
                level?: (vigil.v1.RiskLevel|null);

                /** RiskFactor ttcS */
                ttcS?: (number|null);

                /** RiskFactor distanceM */
                distanceM?: (number|null);

                /** RiskFactor detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RiskFactor. */
            type $Shape = vigil.v1.RiskFactor.$Properties;
        }

        /**
         * Properties of a RiskAssessment.
         * @deprecated Use vigil.v1.RiskAssessment.$Properties instead.
         */
        interface IRiskAssessment extends vigil.v1.RiskAssessment.$Properties {
        }

        /** Represents a RiskAssessment. */
        class RiskAssessment {

            /**
             * Constructs a new RiskAssessment.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.RiskAssessment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RiskAssessment sensorId. */
            sensorId: string;

            /** RiskAssessment seq. */
            seq: Long;

            /** RiskAssessment captureTimeNs. */
            captureTimeNs: Long;

            /** RiskAssessment decisionTimeNs. */
            decisionTimeNs: Long;

            /** RiskAssessment level. */
            level: vigil.v1.RiskLevel;

            /** RiskAssessment rawLevel. */
            rawLevel: vigil.v1.RiskLevel;

            /** RiskAssessment factors. */
            factors: vigil.v1.RiskFactor.$Properties[];

            /** RiskAssessment modelName. */
            modelName: string;

            /** RiskAssessment modelVersion. */
            modelVersion: string;

            /** RiskAssessment degradedInput. */
            degradedInput: boolean;

            /** RiskAssessment assessmentId. */
            assessmentId: string;

            /**
             * Creates a new RiskAssessment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RiskAssessment instance
             */
            static create(properties: vigil.v1.RiskAssessment.$Shape): vigil.v1.RiskAssessment & vigil.v1.RiskAssessment.$Shape;
            static create(properties?: vigil.v1.RiskAssessment.$Properties): vigil.v1.RiskAssessment;

            /**
             * Encodes the specified RiskAssessment message. Does not implicitly {@link vigil.v1.RiskAssessment.verify|verify} messages.
             * @param message RiskAssessment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.RiskAssessment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RiskAssessment message, length delimited. Does not implicitly {@link vigil.v1.RiskAssessment.verify|verify} messages.
             * @param message RiskAssessment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.RiskAssessment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RiskAssessment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.RiskAssessment & vigil.v1.RiskAssessment.$Shape} RiskAssessment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.RiskAssessment & vigil.v1.RiskAssessment.$Shape;

            /**
             * Decodes a RiskAssessment message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.RiskAssessment & vigil.v1.RiskAssessment.$Shape} RiskAssessment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.RiskAssessment & vigil.v1.RiskAssessment.$Shape;

            /**
             * Verifies a RiskAssessment message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RiskAssessment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RiskAssessment
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.RiskAssessment;

            /**
             * Creates a plain object from a RiskAssessment message. Also converts values to other types if specified.
             * @param message RiskAssessment
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.RiskAssessment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RiskAssessment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RiskAssessment
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RiskAssessment {

            /** Properties of a RiskAssessment. */
            interface $Properties {

                /** RiskAssessment sensorId */
                sensorId?: (string|null);

                /** RiskAssessment seq */
                seq?: (Long|null);

                /** RiskAssessment captureTimeNs */
                captureTimeNs?: (Long|null);

                /** RiskAssessment decisionTimeNs */
                decisionTimeNs?: (Long|null);

                /** RiskAssessment level */
                level?: (vigil.v1.RiskLevel|null);

                /** RiskAssessment rawLevel */
                rawLevel?: (vigil.v1.RiskLevel|null);

                /** RiskAssessment factors */
                factors?: (vigil.v1.RiskFactor.$Properties[]|null);

                /** RiskAssessment modelName */
                modelName?: (string|null);

                /** RiskAssessment modelVersion */
                modelVersion?: (string|null);

                /** RiskAssessment degradedInput */
                degradedInput?: (boolean|null);

                /** RiskAssessment assessmentId */
                assessmentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RiskAssessment. */
            type $Shape = vigil.v1.RiskAssessment.$Properties;
        }

        /** HealthState enum. */
        enum HealthState {

            /** HEALTH_STATE_UNSPECIFIED value */
            HEALTH_STATE_UNSPECIFIED = 0,

            /** HEALTH_STATE_OK value */
            HEALTH_STATE_OK = 1,

            /** HEALTH_STATE_DEGRADED value */
            HEALTH_STATE_DEGRADED = 2,

            /** HEALTH_STATE_FAILED value */
            HEALTH_STATE_FAILED = 3
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use vigil.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends vigil.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat component. */
            component: string;

            /** Heartbeat instance. */
            instance: string;

            /** Heartbeat seq. */
            seq: Long;

            /** Heartbeat timeNs. */
            timeNs: Long;

            /** Heartbeat state. */
            state: vigil.v1.HealthState;

            /** Heartbeat reason. */
            reason: string;

            /** Heartbeat frameAgeNs. */
            frameAgeNs: Long;

            /** Heartbeat latencyNs. */
            latencyNs: Long;

            /** Heartbeat queueDepth. */
            queueDepth: number;

            /** Heartbeat counters. */
            counters: { [k: string]: number };

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: vigil.v1.Heartbeat.$Shape): vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape;
            static create(properties?: vigil.v1.Heartbeat.$Properties): vigil.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link vigil.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link vigil.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat component */
                component?: (string|null);

                /** Heartbeat instance */
                instance?: (string|null);

                /** Heartbeat seq */
                seq?: (Long|null);

                /** Heartbeat timeNs */
                timeNs?: (Long|null);

                /** Heartbeat state */
                state?: (vigil.v1.HealthState|null);

                /** Heartbeat reason */
                reason?: (string|null);

                /** Heartbeat frameAgeNs */
                frameAgeNs?: (Long|null);

                /** Heartbeat latencyNs */
                latencyNs?: (Long|null);

                /** Heartbeat queueDepth */
                queueDepth?: (number|null);

                /** Heartbeat counters */
                counters?: ({ [k: string]: number }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = vigil.v1.Heartbeat.$Properties;
        }

        /**
         * Properties of a Detection.
         * @deprecated Use vigil.v1.Detection.$Properties instead.
         */
        interface IDetection extends vigil.v1.Detection.$Properties {
        }

        /** Represents a Detection. */
        class Detection {

            /**
             * Constructs a new Detection.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Detection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Detection classId. */
            classId: number;

            /** Detection label. */
            label: string;

            /** Detection score. */
            score: number;

            /** Detection x1. */
            x1: number;

            /** Detection y1. */
            y1: number;

            /** Detection x2. */
            x2: number;

            /** Detection y2. */
            y2: number;

            /**
             * Creates a new Detection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Detection instance
             */
            static create(properties: vigil.v1.Detection.$Shape): vigil.v1.Detection & vigil.v1.Detection.$Shape;
            static create(properties?: vigil.v1.Detection.$Properties): vigil.v1.Detection;

            /**
             * Encodes the specified Detection message. Does not implicitly {@link vigil.v1.Detection.verify|verify} messages.
             * @param message Detection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Detection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Detection message, length delimited. Does not implicitly {@link vigil.v1.Detection.verify|verify} messages.
             * @param message Detection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.Detection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Detection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Detection & vigil.v1.Detection.$Shape} Detection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Detection & vigil.v1.Detection.$Shape;

            /**
             * Decodes a Detection message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.Detection & vigil.v1.Detection.$Shape} Detection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Detection & vigil.v1.Detection.$Shape;

            /**
             * Verifies a Detection message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Detection message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Detection
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Detection;

            /**
             * Creates a plain object from a Detection message. Also converts values to other types if specified.
             * @param message Detection
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Detection, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Detection to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Detection
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Detection {

            /** Properties of a Detection. */
            interface $Properties {

                /** Detection classId */
                classId?: (number|null);

                /** Detection label */
                label?: (string|null);

                /** Detection score */
                score?: (number|null);

                /** Detection x1 */
                x1?: (number|null);

                /** Detection y1 */
                y1?: (number|null);

                /** Detection x2 */
                x2?: (number|null);

                /** Detection y2 */
                y2?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Detection. */
            type $Shape = vigil.v1.Detection.$Properties;
        }

        /**
         * Properties of a StageTiming.
         * @deprecated Use vigil.v1.StageTiming.$Properties instead.
         */
        interface IStageTiming extends vigil.v1.StageTiming.$Properties {
        }

        /** Represents a StageTiming. */
        class StageTiming {

            /**
             * Constructs a new StageTiming.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.StageTiming.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StageTiming stage. */
            stage: string;

            /** StageTiming durationNs. */
            durationNs: Long;

            /**
             * Creates a new StageTiming instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StageTiming instance
             */
            static create(properties: vigil.v1.StageTiming.$Shape): vigil.v1.StageTiming & vigil.v1.StageTiming.$Shape;
            static create(properties?: vigil.v1.StageTiming.$Properties): vigil.v1.StageTiming;

            /**
             * Encodes the specified StageTiming message. Does not implicitly {@link vigil.v1.StageTiming.verify|verify} messages.
             * @param message StageTiming message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.StageTiming.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StageTiming message, length delimited. Does not implicitly {@link vigil.v1.StageTiming.verify|verify} messages.
             * @param message StageTiming message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.StageTiming.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StageTiming message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.StageTiming & vigil.v1.StageTiming.$Shape} StageTiming
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.StageTiming & vigil.v1.StageTiming.$Shape;

            /**
             * Decodes a StageTiming message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.StageTiming & vigil.v1.StageTiming.$Shape} StageTiming
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.StageTiming & vigil.v1.StageTiming.$Shape;

            /**
             * Verifies a StageTiming message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StageTiming message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StageTiming
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.StageTiming;

            /**
             * Creates a plain object from a StageTiming message. Also converts values to other types if specified.
             * @param message StageTiming
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.StageTiming, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StageTiming to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StageTiming
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StageTiming {

            /** Properties of a StageTiming. */
            interface $Properties {

                /** StageTiming stage */
                stage?: (string|null);

                /** StageTiming durationNs */
                durationNs?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StageTiming. */
            type $Shape = vigil.v1.StageTiming.$Properties;
        }

        /**
         * Properties of a DetectionSet.
         * @deprecated Use vigil.v1.DetectionSet.$Properties instead.
         */
        interface IDetectionSet extends vigil.v1.DetectionSet.$Properties {
        }

        /** Represents a DetectionSet. */
        class DetectionSet {

            /**
             * Constructs a new DetectionSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.DetectionSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DetectionSet sensorId. */
            sensorId: string;

            /** DetectionSet seq. */
            seq: Long;

            /** DetectionSet captureTimeNs. */
            captureTimeNs: Long;

            /** DetectionSet publishTimeNs. */
            publishTimeNs: Long;

            /** DetectionSet modelName. */
            modelName: string;

            /** DetectionSet modelVersion. */
            modelVersion: string;

            /** DetectionSet backend. */
            backend: string;

            /** DetectionSet frameWidth. */
            frameWidth: number;

            /** DetectionSet frameHeight. */
            frameHeight: number;

            /** DetectionSet detections. */
            detections: vigil.v1.Detection.$Properties[];

            /** DetectionSet timings. */
            timings: vigil.v1.StageTiming.$Properties[];

            /** DetectionSet degradedReasons. */
            degradedReasons: string[];

            /**
             * Creates a new DetectionSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DetectionSet instance
             */
            static create(properties: vigil.v1.DetectionSet.$Shape): vigil.v1.DetectionSet & vigil.v1.DetectionSet.$Shape;
            static create(properties?: vigil.v1.DetectionSet.$Properties): vigil.v1.DetectionSet;

            /**
             * Encodes the specified DetectionSet message. Does not implicitly {@link vigil.v1.DetectionSet.verify|verify} messages.
             * @param message DetectionSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.DetectionSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DetectionSet message, length delimited. Does not implicitly {@link vigil.v1.DetectionSet.verify|verify} messages.
             * @param message DetectionSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.DetectionSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DetectionSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.DetectionSet & vigil.v1.DetectionSet.$Shape} DetectionSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.DetectionSet & vigil.v1.DetectionSet.$Shape;

            /**
             * Decodes a DetectionSet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.DetectionSet & vigil.v1.DetectionSet.$Shape} DetectionSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.DetectionSet & vigil.v1.DetectionSet.$Shape;

            /**
             * Verifies a DetectionSet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DetectionSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DetectionSet
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.DetectionSet;

            /**
             * Creates a plain object from a DetectionSet message. Also converts values to other types if specified.
             * @param message DetectionSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.DetectionSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DetectionSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DetectionSet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DetectionSet {

            /** Properties of a DetectionSet. */
            interface $Properties {

                /** DetectionSet sensorId */
                sensorId?: (string|null);

                /** DetectionSet seq */
                seq?: (Long|null);

                /** DetectionSet captureTimeNs */
                captureTimeNs?: (Long|null);

                /** DetectionSet publishTimeNs */
                publishTimeNs?: (Long|null);

                /** DetectionSet modelName */
                modelName?: (string|null);

                /** DetectionSet modelVersion */
                modelVersion?: (string|null);

                /** DetectionSet backend */
                backend?: (string|null);

                /** DetectionSet frameWidth */
                frameWidth?: (number|null);

                /** DetectionSet frameHeight */
                frameHeight?: (number|null);

                /** DetectionSet detections */
                detections?: (vigil.v1.Detection.$Properties[]|null);

                /** DetectionSet timings */
                timings?: (vigil.v1.StageTiming.$Properties[]|null);

                /** DetectionSet degradedReasons */
                degradedReasons?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DetectionSet. */
            type $Shape = vigil.v1.DetectionSet.$Properties;
        }

        /** TrackState enum. */
        enum TrackState {

            /** TRACK_STATE_UNSPECIFIED value */
            TRACK_STATE_UNSPECIFIED = 0,

            /** TRACK_STATE_TENTATIVE value */
            TRACK_STATE_TENTATIVE = 1,

            /** TRACK_STATE_CONFIRMED value */
            TRACK_STATE_CONFIRMED = 2,

            /** TRACK_STATE_LOST value */
            TRACK_STATE_LOST = 3,

            /** TRACK_STATE_REMOVED value */
            TRACK_STATE_REMOVED = 4
        }

        /**
         * Properties of a Track.
         * @deprecated Use vigil.v1.Track.$Properties instead.
         */
        interface ITrack extends vigil.v1.Track.$Properties {
        }

        /** Represents a Track. */
        class Track {

            /**
             * Constructs a new Track.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Track.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Track trackId. */
            trackId: Long;

            /** Track classId. */
            classId: number;

            /** Track label. */
            label: string;

            /** Track score. */
            score: number;

            /** Track x1. */
            x1: number;

            /** Track y1. */
            y1: number;

            /** Track x2. */
            x2: number;

            /** Track y2. */
            y2: number;

            /** Track vxPxps. */
            vxPxps: number;

            /** Track vyPxps. */
            vyPxps: number;

            /** Track ageNs. */
            ageNs: Long;

            /** Track hits. */
            hits: number;

            /** Track state. */
            state: vigil.v1.TrackState;

            /** Track xM. */
            xM: number;

            /** Track yM. */
            yM: number;

            /** Track vxMps. */
            vxMps: number;

            /** Track vyMps. */
            vyMps: number;

            /** Track hasGround. */
            hasGround: boolean;

            /**
             * Creates a new Track instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Track instance
             */
            static create(properties: vigil.v1.Track.$Shape): vigil.v1.Track & vigil.v1.Track.$Shape;
            static create(properties?: vigil.v1.Track.$Properties): vigil.v1.Track;

            /**
             * Encodes the specified Track message. Does not implicitly {@link vigil.v1.Track.verify|verify} messages.
             * @param message Track message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Track.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Track message, length delimited. Does not implicitly {@link vigil.v1.Track.verify|verify} messages.
             * @param message Track message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.Track.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Track message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Track & vigil.v1.Track.$Shape} Track
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Track & vigil.v1.Track.$Shape;

            /**
             * Decodes a Track message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.Track & vigil.v1.Track.$Shape} Track
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.Track & vigil.v1.Track.$Shape;

            /**
             * Verifies a Track message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Track message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Track
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Track;

            /**
             * Creates a plain object from a Track message. Also converts values to other types if specified.
             * @param message Track
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Track, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Track to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Track
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Track {

            /** Properties of a Track. */
            interface $Properties {

                /** Track trackId */
                trackId?: (Long|null);

                /** Track classId */
                classId?: (number|null);

                /** Track label */
                label?: (string|null);

                /** Track score */
                score?: (number|null);

                /** Track x1 */
                x1?: (number|null);

                /** Track y1 */
                y1?: (number|null);

                /** Track x2 */
                x2?: (number|null);

                /** Track y2 */
                y2?: (number|null);

                /** Track vxPxps */
                vxPxps?: (number|null);

                /** Track vyPxps */
                vyPxps?: (number|null);

                /** Track ageNs */
                ageNs?: (Long|null);

                /** Track hits */
                hits?: (number|null);

                /** Track state */
                state?: (vigil.v1.TrackState|null);

                /** Track xM */
                xM?: (number|null);

                /** Track yM */
                yM?: (number|null);

                /** Track vxMps */
                vxMps?: (number|null);

                /** Track vyMps */
                vyMps?: (number|null);

                /** Track hasGround */
                hasGround?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Track. */
            type $Shape = vigil.v1.Track.$Properties;
        }

        /**
         * Properties of a TrackSet.
         * @deprecated Use vigil.v1.TrackSet.$Properties instead.
         */
        interface ITrackSet extends vigil.v1.TrackSet.$Properties {
        }

        /** Represents a TrackSet. */
        class TrackSet {

            /**
             * Constructs a new TrackSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.TrackSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TrackSet sensorId. */
            sensorId: string;

            /** TrackSet seq. */
            seq: Long;

            /** TrackSet captureTimeNs. */
            captureTimeNs: Long;

            /** TrackSet publishTimeNs. */
            publishTimeNs: Long;

            /** TrackSet modelName. */
            modelName: string;

            /** TrackSet modelVersion. */
            modelVersion: string;

            /** TrackSet tracks. */
            tracks: vigil.v1.Track.$Properties[];

            /** TrackSet timings. */
            timings: vigil.v1.StageTiming.$Properties[];

            /** TrackSet degradedReasons. */
            degradedReasons: string[];

            /**
             * Creates a new TrackSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TrackSet instance
             */
            static create(properties: vigil.v1.TrackSet.$Shape): vigil.v1.TrackSet & vigil.v1.TrackSet.$Shape;
            static create(properties?: vigil.v1.TrackSet.$Properties): vigil.v1.TrackSet;

            /**
             * Encodes the specified TrackSet message. Does not implicitly {@link vigil.v1.TrackSet.verify|verify} messages.
             * @param message TrackSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.TrackSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TrackSet message, length delimited. Does not implicitly {@link vigil.v1.TrackSet.verify|verify} messages.
             * @param message TrackSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.TrackSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrackSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.TrackSet & vigil.v1.TrackSet.$Shape} TrackSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.TrackSet & vigil.v1.TrackSet.$Shape;

            /**
             * Decodes a TrackSet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.TrackSet & vigil.v1.TrackSet.$Shape} TrackSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.TrackSet & vigil.v1.TrackSet.$Shape;

            /**
             * Verifies a TrackSet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TrackSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TrackSet
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.TrackSet;

            /**
             * Creates a plain object from a TrackSet message. Also converts values to other types if specified.
             * @param message TrackSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.TrackSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TrackSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TrackSet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TrackSet {

            /** Properties of a TrackSet. */
            interface $Properties {

                /** TrackSet sensorId */
                sensorId?: (string|null);

                /** TrackSet seq */
                seq?: (Long|null);

                /** TrackSet captureTimeNs */
                captureTimeNs?: (Long|null);

                /** TrackSet publishTimeNs */
                publishTimeNs?: (Long|null);

                /** TrackSet modelName */
                modelName?: (string|null);

                /** TrackSet modelVersion */
                modelVersion?: (string|null);

                /** TrackSet tracks */
                tracks?: (vigil.v1.Track.$Properties[]|null);

                /** TrackSet timings */
                timings?: (vigil.v1.StageTiming.$Properties[]|null);

                /** TrackSet degradedReasons */
                degradedReasons?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TrackSet. */
            type $Shape = vigil.v1.TrackSet.$Properties;
        }

        /**
         * Properties of a ModelVersion.
         * @deprecated Use vigil.v1.ModelVersion.$Properties instead.
         */
        interface IModelVersion extends vigil.v1.ModelVersion.$Properties {
        }

        /** Represents a ModelVersion. */
        class ModelVersion {

            /**
             * Constructs a new ModelVersion.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ModelVersion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelVersion timeNs. */
            timeNs: Long;

            /** ModelVersion sensorId. */
            sensorId: string;

            /** ModelVersion modelName. */
            modelName: string;

            /** ModelVersion modelVersion. */
            modelVersion: string;

            /** ModelVersion backend. */
            backend: string;

            /**
             * Creates a new ModelVersion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelVersion instance
             */
            static create(properties: vigil.v1.ModelVersion.$Shape): vigil.v1.ModelVersion & vigil.v1.ModelVersion.$Shape;
            static create(properties?: vigil.v1.ModelVersion.$Properties): vigil.v1.ModelVersion;

            /**
             * Encodes the specified ModelVersion message. Does not implicitly {@link vigil.v1.ModelVersion.verify|verify} messages.
             * @param message ModelVersion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.ModelVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ModelVersion message, length delimited. Does not implicitly {@link vigil.v1.ModelVersion.verify|verify} messages.
             * @param message ModelVersion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.ModelVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelVersion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.ModelVersion & vigil.v1.ModelVersion.$Shape} ModelVersion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ModelVersion & vigil.v1.ModelVersion.$Shape;

            /**
             * Decodes a ModelVersion message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.ModelVersion & vigil.v1.ModelVersion.$Shape} ModelVersion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ModelVersion & vigil.v1.ModelVersion.$Shape;

            /**
             * Verifies a ModelVersion message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ModelVersion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelVersion
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.ModelVersion;

            /**
             * Creates a plain object from a ModelVersion message. Also converts values to other types if specified.
             * @param message ModelVersion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.ModelVersion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelVersion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ModelVersion
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelVersion {

            /** Properties of a ModelVersion. */
            interface $Properties {

                /** ModelVersion timeNs */
                timeNs?: (Long|null);

                /** ModelVersion sensorId */
                sensorId?: (string|null);

                /** ModelVersion modelName */
                modelName?: (string|null);

                /** ModelVersion modelVersion */
                modelVersion?: (string|null);

                /** ModelVersion backend */
                backend?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModelVersion. */
            type $Shape = vigil.v1.ModelVersion.$Properties;
        }

        /** Encoding enum. */
        enum Encoding {

            /** ENCODING_UNSPECIFIED value */
            ENCODING_UNSPECIFIED = 0,

            /** ENCODING_JPEG value */
            ENCODING_JPEG = 1,

            /** ENCODING_PNG value */
            ENCODING_PNG = 2,

            /** ENCODING_RGB8 value */
            ENCODING_RGB8 = 3,

            /** ENCODING_BGR8 value */
            ENCODING_BGR8 = 4,

            /** ENCODING_GRAY8 value */
            ENCODING_GRAY8 = 5
        }

        /**
         * Properties of a SensorFrame.
         * @deprecated Use vigil.v1.SensorFrame.$Properties instead.
         */
        interface ISensorFrame extends vigil.v1.SensorFrame.$Properties {
        }

        /** Represents a SensorFrame. */
        class SensorFrame {

            /**
             * Constructs a new SensorFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.SensorFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SensorFrame sensorId. */
            sensorId: string;

            /** SensorFrame seq. */
            seq: Long;

            /** SensorFrame captureTimeNs. */
            captureTimeNs: Long;

            /** SensorFrame sentTimeNs. */
            sentTimeNs: Long;

            /** SensorFrame encoding. */
            encoding: vigil.v1.Encoding;

            /** SensorFrame width. */
            width: number;

            /** SensorFrame height. */
            height: number;

            /** SensorFrame data. */
            data: Uint8Array;

            /** SensorFrame tags. */
            tags: { [k: string]: string };

            /**
             * Creates a new SensorFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SensorFrame instance
             */
            static create(properties: vigil.v1.SensorFrame.$Shape): vigil.v1.SensorFrame & vigil.v1.SensorFrame.$Shape;
            static create(properties?: vigil.v1.SensorFrame.$Properties): vigil.v1.SensorFrame;

            /**
             * Encodes the specified SensorFrame message. Does not implicitly {@link vigil.v1.SensorFrame.verify|verify} messages.
             * @param message SensorFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.SensorFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SensorFrame message, length delimited. Does not implicitly {@link vigil.v1.SensorFrame.verify|verify} messages.
             * @param message SensorFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.SensorFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SensorFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.SensorFrame & vigil.v1.SensorFrame.$Shape} SensorFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.SensorFrame & vigil.v1.SensorFrame.$Shape;

            /**
             * Decodes a SensorFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.SensorFrame & vigil.v1.SensorFrame.$Shape} SensorFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.SensorFrame & vigil.v1.SensorFrame.$Shape;

            /**
             * Verifies a SensorFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SensorFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SensorFrame
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.SensorFrame;

            /**
             * Creates a plain object from a SensorFrame message. Also converts values to other types if specified.
             * @param message SensorFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.SensorFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SensorFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SensorFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SensorFrame {

            /** Properties of a SensorFrame. */
            interface $Properties {

                /** SensorFrame sensorId */
                sensorId?: (string|null);

                /** SensorFrame seq */
                seq?: (Long|null);

                /** SensorFrame captureTimeNs */
                captureTimeNs?: (Long|null);

                /** SensorFrame sentTimeNs */
                sentTimeNs?: (Long|null);

                /** SensorFrame encoding */
                encoding?: (vigil.v1.Encoding|null);

                /** SensorFrame width */
                width?: (number|null);

                /** SensorFrame height */
                height?: (number|null);

                /** SensorFrame data */
                data?: (Uint8Array|null);

                /** SensorFrame tags */
                tags?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SensorFrame. */
            type $Shape = vigil.v1.SensorFrame.$Properties;
        }

        /**
         * Properties of a SensedObject.
         * @deprecated Use vigil.v1.SensedObject.$Properties instead.
         */
        interface ISensedObject extends vigil.v1.SensedObject.$Properties {
        }

        /** Represents a SensedObject. */
        class SensedObject {

            /**
             * Constructs a new SensedObject.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.SensedObject.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SensedObject objectId. */
            objectId: Long;

            /** SensedObject label. */
            label: string;

            /** SensedObject classId. */
            classId: number;

            /** SensedObject score. */
            score: number;

            /** SensedObject box. */
            box: number[];

            /** SensedObject xM. */
            xM: number;

            /** SensedObject yM. */
            yM: number;

            /** SensedObject vxMps. */
            vxMps: number;

            /** SensedObject vyMps. */
            vyMps: number;

            /** SensedObject hasGround. */
            hasGround: boolean;

            /**
             * Creates a new SensedObject instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SensedObject instance
             */
            static create(properties: vigil.v1.SensedObject.$Shape): vigil.v1.SensedObject & vigil.v1.SensedObject.$Shape;
            static create(properties?: vigil.v1.SensedObject.$Properties): vigil.v1.SensedObject;

            /**
             * Encodes the specified SensedObject message. Does not implicitly {@link vigil.v1.SensedObject.verify|verify} messages.
             * @param message SensedObject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.SensedObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SensedObject message, length delimited. Does not implicitly {@link vigil.v1.SensedObject.verify|verify} messages.
             * @param message SensedObject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.SensedObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SensedObject message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.SensedObject & vigil.v1.SensedObject.$Shape} SensedObject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.SensedObject & vigil.v1.SensedObject.$Shape;

            /**
             * Decodes a SensedObject message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.SensedObject & vigil.v1.SensedObject.$Shape} SensedObject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.SensedObject & vigil.v1.SensedObject.$Shape;

            /**
             * Verifies a SensedObject message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SensedObject message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SensedObject
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.SensedObject;

            /**
             * Creates a plain object from a SensedObject message. Also converts values to other types if specified.
             * @param message SensedObject
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.SensedObject, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SensedObject to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SensedObject
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SensedObject {

            /** Properties of a SensedObject. */
            interface $Properties {

                /** SensedObject objectId */
                objectId?: (Long|null);

                /** SensedObject label */
                label?: (string|null);

                /** SensedObject classId */
                classId?: (number|null);

                /** SensedObject score */
                score?: (number|null);

                /** SensedObject box */
                box?: (number[]|null);

                /** SensedObject xM */
                xM?: (number|null);

                /** SensedObject yM */
                yM?: (number|null);

                /** SensedObject vxMps */
                vxMps?: (number|null);

                /** SensedObject vyMps */
                vyMps?: (number|null);

                /** SensedObject hasGround */
                hasGround?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SensedObject. */
            type $Shape = vigil.v1.SensedObject.$Properties;
        }

        /**
         * Properties of an ObjectList.
         * @deprecated Use vigil.v1.ObjectList.$Properties instead.
         */
        interface IObjectList extends vigil.v1.ObjectList.$Properties {
        }

        /** Represents an ObjectList. */
        class ObjectList {

            /**
             * Constructs a new ObjectList.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ObjectList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ObjectList sensorId. */
            sensorId: string;

            /** ObjectList seq. */
            seq: Long;

            /** ObjectList captureTimeNs. */
            captureTimeNs: Long;

            /** ObjectList sentTimeNs. */
            sentTimeNs: Long;

            /** ObjectList objects. */
            objects: vigil.v1.SensedObject.$Properties[];

            /** ObjectList tags. */
            tags: { [k: string]: string };

            /**
             * Creates a new ObjectList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ObjectList instance
             */
            static create(properties: vigil.v1.ObjectList.$Shape): vigil.v1.ObjectList & vigil.v1.ObjectList.$Shape;
            static create(properties?: vigil.v1.ObjectList.$Properties): vigil.v1.ObjectList;

            /**
             * Encodes the specified ObjectList message. Does not implicitly {@link vigil.v1.ObjectList.verify|verify} messages.
             * @param message ObjectList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.ObjectList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ObjectList message, length delimited. Does not implicitly {@link vigil.v1.ObjectList.verify|verify} messages.
             * @param message ObjectList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: vigil.v1.ObjectList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ObjectList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.ObjectList & vigil.v1.ObjectList.$Shape} ObjectList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ObjectList & vigil.v1.ObjectList.$Shape;

            /**
             * Decodes an ObjectList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {vigil.v1.ObjectList & vigil.v1.ObjectList.$Shape} ObjectList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vigil.v1.ObjectList & vigil.v1.ObjectList.$Shape;

            /**
             * Verifies an ObjectList message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ObjectList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ObjectList
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.ObjectList;

            /**
             * Creates a plain object from an ObjectList message. Also converts values to other types if specified.
             * @param message ObjectList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.ObjectList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ObjectList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ObjectList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ObjectList {

            /** Properties of an ObjectList. */
            interface $Properties {

                /** ObjectList sensorId */
                sensorId?: (string|null);

                /** ObjectList seq */
                seq?: (Long|null);

                /** ObjectList captureTimeNs */
                captureTimeNs?: (Long|null);

                /** ObjectList sentTimeNs */
                sentTimeNs?: (Long|null);

                /** ObjectList objects */
                objects?: (vigil.v1.SensedObject.$Properties[]|null);

                /** ObjectList tags */
                tags?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ObjectList. */
            type $Shape = vigil.v1.ObjectList.$Properties;
        }
    }
}
