import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace foxglove. */
export namespace foxglove {

    /**
     * Properties of a CircleAnnotation.
     * @deprecated Use foxglove.CircleAnnotation.$Properties instead.
     */
    interface ICircleAnnotation extends foxglove.CircleAnnotation.$Properties {
    }

    /** Represents a CircleAnnotation. */
    class CircleAnnotation {

        /**
         * Constructs a new CircleAnnotation.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.CircleAnnotation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CircleAnnotation timestamp. */
        timestamp?: (google.protobuf.Timestamp.$Properties|null);

        /** CircleAnnotation position. */
        position?: (foxglove.Point2.$Properties|null);

        /** CircleAnnotation diameter. */
        diameter: number;

        /** CircleAnnotation thickness. */
        thickness: number;

        /** CircleAnnotation fillColor. */
        fillColor?: (foxglove.Color.$Properties|null);

        /** CircleAnnotation outlineColor. */
        outlineColor?: (foxglove.Color.$Properties|null);

        /**
         * Creates a new CircleAnnotation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CircleAnnotation instance
         */
        static create(properties: foxglove.CircleAnnotation.$Shape): foxglove.CircleAnnotation & foxglove.CircleAnnotation.$Shape;
        static create(properties?: foxglove.CircleAnnotation.$Properties): foxglove.CircleAnnotation;

        /**
         * Encodes the specified CircleAnnotation message. Does not implicitly {@link foxglove.CircleAnnotation.verify|verify} messages.
         * @param message CircleAnnotation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.CircleAnnotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CircleAnnotation message, length delimited. Does not implicitly {@link foxglove.CircleAnnotation.verify|verify} messages.
         * @param message CircleAnnotation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: foxglove.CircleAnnotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CircleAnnotation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.CircleAnnotation & foxglove.CircleAnnotation.$Shape} CircleAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.CircleAnnotation & foxglove.CircleAnnotation.$Shape;

        /**
         * Decodes a CircleAnnotation message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {foxglove.CircleAnnotation & foxglove.CircleAnnotation.$Shape} CircleAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): foxglove.CircleAnnotation & foxglove.CircleAnnotation.$Shape;

        /**
         * Verifies a CircleAnnotation message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a CircleAnnotation message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CircleAnnotation
         */
        static fromObject(object: { [k: string]: any }): foxglove.CircleAnnotation;

        /**
         * Creates a plain object from a CircleAnnotation message. Also converts values to other types if specified.
         * @param message CircleAnnotation
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.CircleAnnotation, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CircleAnnotation to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CircleAnnotation
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace CircleAnnotation {

        /** Properties of a CircleAnnotation. */
        interface $Properties {

            /** CircleAnnotation timestamp */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** CircleAnnotation position */
            position?: (foxglove.Point2.$Properties|null);

            /** CircleAnnotation diameter */
            diameter?: (number|null);

            /** CircleAnnotation thickness */
            thickness?: (number|null);

            /** CircleAnnotation fillColor */
            fillColor?: (foxglove.Color.$Properties|null);

            /** CircleAnnotation outlineColor */
            outlineColor?: (foxglove.Color.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CircleAnnotation. */
        type $Shape = foxglove.CircleAnnotation.$Properties;
    }

    /**
     * Properties of a Color.
     * @deprecated Use foxglove.Color.$Properties instead.
     */
    interface IColor extends foxglove.Color.$Properties {
    }

    /** Represents a Color. */
    class Color {

        /**
         * Constructs a new Color.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.Color.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Color r. */
        r: number;

        /** Color g. */
        g: number;

        /** Color b. */
        b: number;

        /** Color a. */
        a: number;

        /**
         * Creates a new Color instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Color instance
         */
        static create(properties: foxglove.Color.$Shape): foxglove.Color & foxglove.Color.$Shape;
        static create(properties?: foxglove.Color.$Properties): foxglove.Color;

        /**
         * Encodes the specified Color message. Does not implicitly {@link foxglove.Color.verify|verify} messages.
         * @param message Color message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.Color.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Color message, length delimited. Does not implicitly {@link foxglove.Color.verify|verify} messages.
         * @param message Color message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: foxglove.Color.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Color message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.Color & foxglove.Color.$Shape} Color
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.Color & foxglove.Color.$Shape;

        /**
         * Decodes a Color message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {foxglove.Color & foxglove.Color.$Shape} Color
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): foxglove.Color & foxglove.Color.$Shape;

        /**
         * Verifies a Color message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Color message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Color
         */
        static fromObject(object: { [k: string]: any }): foxglove.Color;

        /**
         * Creates a plain object from a Color message. Also converts values to other types if specified.
         * @param message Color
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.Color, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Color to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Color
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Color {

        /** Properties of a Color. */
        interface $Properties {

            /** Color r */
            r?: (number|null);

            /** Color g */
            g?: (number|null);

            /** Color b */
            b?: (number|null);

            /** Color a */
            a?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Color. */
        type $Shape = foxglove.Color.$Properties;
    }

    /**
     * Properties of a Point2.
     * @deprecated Use foxglove.Point2.$Properties instead.
     */
    interface IPoint2 extends foxglove.Point2.$Properties {
    }

    /** Represents a Point2. */
    class Point2 {

        /**
         * Constructs a new Point2.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.Point2.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Point2 x. */
        x: number;

        /** Point2 y. */
        y: number;

        /**
         * Creates a new Point2 instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Point2 instance
         */
        static create(properties: foxglove.Point2.$Shape): foxglove.Point2 & foxglove.Point2.$Shape;
        static create(properties?: foxglove.Point2.$Properties): foxglove.Point2;

        /**
         * Encodes the specified Point2 message. Does not implicitly {@link foxglove.Point2.verify|verify} messages.
         * @param message Point2 message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.Point2.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Point2 message, length delimited. Does not implicitly {@link foxglove.Point2.verify|verify} messages.
         * @param message Point2 message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: foxglove.Point2.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Point2 message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.Point2 & foxglove.Point2.$Shape} Point2
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.Point2 & foxglove.Point2.$Shape;

        /**
         * Decodes a Point2 message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {foxglove.Point2 & foxglove.Point2.$Shape} Point2
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): foxglove.Point2 & foxglove.Point2.$Shape;

        /**
         * Verifies a Point2 message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Point2 message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Point2
         */
        static fromObject(object: { [k: string]: any }): foxglove.Point2;

        /**
         * Creates a plain object from a Point2 message. Also converts values to other types if specified.
         * @param message Point2
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.Point2, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Point2 to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Point2
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Point2 {

        /** Properties of a Point2. */
        interface $Properties {

            /** Point2 x */
            x?: (number|null);

            /** Point2 y */
            y?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Point2. */
        type $Shape = foxglove.Point2.$Properties;
    }

    /**
     * Properties of a CompressedImage.
     * @deprecated Use foxglove.CompressedImage.$Properties instead.
     */
    interface ICompressedImage extends foxglove.CompressedImage.$Properties {
    }

    /** Represents a CompressedImage. */
    class CompressedImage {

        /**
         * Constructs a new CompressedImage.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.CompressedImage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CompressedImage timestamp. */
        timestamp?: (google.protobuf.Timestamp.$Properties|null);

        /** CompressedImage frameId. */
        frameId: string;

        /** CompressedImage data. */
        data: Uint8Array;

        /** CompressedImage format. */
        format: string;

        /**
         * Creates a new CompressedImage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CompressedImage instance
         */
        static create(properties: foxglove.CompressedImage.$Shape): foxglove.CompressedImage & foxglove.CompressedImage.$Shape;
        static create(properties?: foxglove.CompressedImage.$Properties): foxglove.CompressedImage;

        /**
         * Encodes the specified CompressedImage message. Does not implicitly {@link foxglove.CompressedImage.verify|verify} messages.
         * @param message CompressedImage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.CompressedImage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CompressedImage message, length delimited. Does not implicitly {@link foxglove.CompressedImage.verify|verify} messages.
         * @param message CompressedImage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: foxglove.CompressedImage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CompressedImage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.CompressedImage & foxglove.CompressedImage.$Shape} CompressedImage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.CompressedImage & foxglove.CompressedImage.$Shape;

        /**
         * Decodes a CompressedImage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {foxglove.CompressedImage & foxglove.CompressedImage.$Shape} CompressedImage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): foxglove.CompressedImage & foxglove.CompressedImage.$Shape;

        /**
         * Verifies a CompressedImage message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a CompressedImage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CompressedImage
         */
        static fromObject(object: { [k: string]: any }): foxglove.CompressedImage;

        /**
         * Creates a plain object from a CompressedImage message. Also converts values to other types if specified.
         * @param message CompressedImage
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.CompressedImage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CompressedImage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CompressedImage
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace CompressedImage {

        /** Properties of a CompressedImage. */
        interface $Properties {

            /** CompressedImage timestamp */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** CompressedImage frameId */
            frameId?: (string|null);

            /** CompressedImage data */
            data?: (Uint8Array|null);

            /** CompressedImage format */
            format?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CompressedImage. */
        type $Shape = foxglove.CompressedImage.$Properties;
    }

    /**
     * Properties of an ImageAnnotations.
     * @deprecated Use foxglove.ImageAnnotations.$Properties instead.
     */
    interface IImageAnnotations extends foxglove.ImageAnnotations.$Properties {
    }

    /** Represents an ImageAnnotations. */
    class ImageAnnotations {

        /**
         * Constructs a new ImageAnnotations.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.ImageAnnotations.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ImageAnnotations circles. */
        circles: foxglove.CircleAnnotation.$Properties[];

        /** ImageAnnotations points. */
        points: foxglove.PointsAnnotation.$Properties[];

        /** ImageAnnotations texts. */
        texts: foxglove.TextAnnotation.$Properties[];

        /**
         * Creates a new ImageAnnotations instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ImageAnnotations instance
         */
        static create(properties: foxglove.ImageAnnotations.$Shape): foxglove.ImageAnnotations & foxglove.ImageAnnotations.$Shape;
        static create(properties?: foxglove.ImageAnnotations.$Properties): foxglove.ImageAnnotations;

        /**
         * Encodes the specified ImageAnnotations message. Does not implicitly {@link foxglove.ImageAnnotations.verify|verify} messages.
         * @param message ImageAnnotations message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.ImageAnnotations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ImageAnnotations message, length delimited. Does not implicitly {@link foxglove.ImageAnnotations.verify|verify} messages.
         * @param message ImageAnnotations message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: foxglove.ImageAnnotations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ImageAnnotations message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.ImageAnnotations & foxglove.ImageAnnotations.$Shape} ImageAnnotations
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.ImageAnnotations & foxglove.ImageAnnotations.$Shape;

        /**
         * Decodes an ImageAnnotations message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {foxglove.ImageAnnotations & foxglove.ImageAnnotations.$Shape} ImageAnnotations
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): foxglove.ImageAnnotations & foxglove.ImageAnnotations.$Shape;

        /**
         * Verifies an ImageAnnotations message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an ImageAnnotations message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ImageAnnotations
         */
        static fromObject(object: { [k: string]: any }): foxglove.ImageAnnotations;

        /**
         * Creates a plain object from an ImageAnnotations message. Also converts values to other types if specified.
         * @param message ImageAnnotations
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.ImageAnnotations, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ImageAnnotations to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ImageAnnotations
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ImageAnnotations {

        /** Properties of an ImageAnnotations. */
        interface $Properties {

            /** ImageAnnotations circles */
            circles?: (foxglove.CircleAnnotation.$Properties[]|null);

            /** ImageAnnotations points */
            points?: (foxglove.PointsAnnotation.$Properties[]|null);

            /** ImageAnnotations texts */
            texts?: (foxglove.TextAnnotation.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ImageAnnotations. */
        type $Shape = foxglove.ImageAnnotations.$Properties;
    }

    /**
     * Properties of a PointsAnnotation.
     * @deprecated Use foxglove.PointsAnnotation.$Properties instead.
     */
    interface IPointsAnnotation extends foxglove.PointsAnnotation.$Properties {
    }

    /** Represents a PointsAnnotation. */
    class PointsAnnotation {

        /**
         * Constructs a new PointsAnnotation.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.PointsAnnotation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PointsAnnotation timestamp. */
        timestamp?: (google.protobuf.Timestamp.$Properties|null);

        /** PointsAnnotation type. */
        type: foxglove.PointsAnnotation.Type;

        /** PointsAnnotation points. */
        points: foxglove.Point2.$Properties[];

        /** PointsAnnotation outlineColor. */
        outlineColor?: (foxglove.Color.$Properties|null);

        /** PointsAnnotation outlineColors. */
        outlineColors: foxglove.Color.$Properties[];

        /** PointsAnnotation fillColor. */
        fillColor?: (foxglove.Color.$Properties|null);

        /** PointsAnnotation thickness. */
        thickness: number;

        /**
         * Creates a new PointsAnnotation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PointsAnnotation instance
         */
        static create(properties: foxglove.PointsAnnotation.$Shape): foxglove.PointsAnnotation & foxglove.PointsAnnotation.$Shape;
        static create(properties?: foxglove.PointsAnnotation.$Properties): foxglove.PointsAnnotation;

        /**
         * Encodes the specified PointsAnnotation message. Does not implicitly {@link foxglove.PointsAnnotation.verify|verify} messages.
         * @param message PointsAnnotation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.PointsAnnotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PointsAnnotation message, length delimited. Does not implicitly {@link foxglove.PointsAnnotation.verify|verify} messages.
         * @param message PointsAnnotation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: foxglove.PointsAnnotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PointsAnnotation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.PointsAnnotation & foxglove.PointsAnnotation.$Shape} PointsAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.PointsAnnotation & foxglove.PointsAnnotation.$Shape;

        /**
         * Decodes a PointsAnnotation message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {foxglove.PointsAnnotation & foxglove.PointsAnnotation.$Shape} PointsAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): foxglove.PointsAnnotation & foxglove.PointsAnnotation.$Shape;

        /**
         * Verifies a PointsAnnotation message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a PointsAnnotation message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PointsAnnotation
         */
        static fromObject(object: { [k: string]: any }): foxglove.PointsAnnotation;

        /**
         * Creates a plain object from a PointsAnnotation message. Also converts values to other types if specified.
         * @param message PointsAnnotation
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.PointsAnnotation, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PointsAnnotation to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for PointsAnnotation
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PointsAnnotation {

        /** Properties of a PointsAnnotation. */
        interface $Properties {

            /** PointsAnnotation timestamp */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** PointsAnnotation type */
            type?: (foxglove.PointsAnnotation.Type|null);

            /** PointsAnnotation points */
            points?: (foxglove.Point2.$Properties[]|null);

            /** PointsAnnotation outlineColor */
            outlineColor?: (foxglove.Color.$Properties|null);

            /** PointsAnnotation outlineColors */
            outlineColors?: (foxglove.Color.$Properties[]|null);

            /** PointsAnnotation fillColor */
            fillColor?: (foxglove.Color.$Properties|null);

            /** PointsAnnotation thickness */
            thickness?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PointsAnnotation. */
        type $Shape = foxglove.PointsAnnotation.$Properties;

        /** Type enum. */
        enum Type {

            /** UNKNOWN value */
            UNKNOWN = 0,

            /** POINTS value */
            POINTS = 1,

            /** LINE_LOOP value */
            LINE_LOOP = 2,

            /** LINE_STRIP value */
            LINE_STRIP = 3,

            /** LINE_LIST value */
            LINE_LIST = 4
        }
    }

    /**
     * Properties of a TextAnnotation.
     * @deprecated Use foxglove.TextAnnotation.$Properties instead.
     */
    interface ITextAnnotation extends foxglove.TextAnnotation.$Properties {
    }

    /** Represents a TextAnnotation. */
    class TextAnnotation {

        /**
         * Constructs a new TextAnnotation.
         * @param [properties] Properties to set
         */
        constructor(properties?: foxglove.TextAnnotation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TextAnnotation timestamp. */
        timestamp?: (google.protobuf.Timestamp.$Properties|null);

        /** TextAnnotation position. */
        position?: (foxglove.Point2.$Properties|null);

        /** TextAnnotation text. */
        text: string;

        /** TextAnnotation fontSize. */
        fontSize: number;

        /** TextAnnotation textColor. */
        textColor?: (foxglove.Color.$Properties|null);

        /** TextAnnotation backgroundColor. */
        backgroundColor?: (foxglove.Color.$Properties|null);

        /**
         * Creates a new TextAnnotation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TextAnnotation instance
         */
        static create(properties: foxglove.TextAnnotation.$Shape): foxglove.TextAnnotation & foxglove.TextAnnotation.$Shape;
        static create(properties?: foxglove.TextAnnotation.$Properties): foxglove.TextAnnotation;

        /**
         * Encodes the specified TextAnnotation message. Does not implicitly {@link foxglove.TextAnnotation.verify|verify} messages.
         * @param message TextAnnotation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: foxglove.TextAnnotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TextAnnotation message, length delimited. Does not implicitly {@link foxglove.TextAnnotation.verify|verify} messages.
         * @param message TextAnnotation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: foxglove.TextAnnotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TextAnnotation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {foxglove.TextAnnotation & foxglove.TextAnnotation.$Shape} TextAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): foxglove.TextAnnotation & foxglove.TextAnnotation.$Shape;

        /**
         * Decodes a TextAnnotation message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {foxglove.TextAnnotation & foxglove.TextAnnotation.$Shape} TextAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): foxglove.TextAnnotation & foxglove.TextAnnotation.$Shape;

        /**
         * Verifies a TextAnnotation message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TextAnnotation message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TextAnnotation
         */
        static fromObject(object: { [k: string]: any }): foxglove.TextAnnotation;

        /**
         * Creates a plain object from a TextAnnotation message. Also converts values to other types if specified.
         * @param message TextAnnotation
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: foxglove.TextAnnotation, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TextAnnotation to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TextAnnotation
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TextAnnotation {

        /** Properties of a TextAnnotation. */
        interface $Properties {

            /** TextAnnotation timestamp */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** TextAnnotation position */
            position?: (foxglove.Point2.$Properties|null);

            /** TextAnnotation text */
            text?: (string|null);

            /** TextAnnotation fontSize */
            fontSize?: (number|null);

            /** TextAnnotation textColor */
            textColor?: (foxglove.Color.$Properties|null);

            /** TextAnnotation backgroundColor */
            backgroundColor?: (foxglove.Color.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TextAnnotation. */
        type $Shape = foxglove.TextAnnotation.$Properties;
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: Long;

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (Long|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
