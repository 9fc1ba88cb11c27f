/**
 * What a custom widget gets from the prebuilt decap-cms bundle: `h` (React.createElement) and
 * `createClass` (create-react-class), both exposed on window by the bundle. Widgets are plain
 * class specs, so they never import React themselves (the bundle carries its own).
 */
import type { H } from '../previews/h';

/** An immutable.js value as Decap passes it (only what the widgets read). */
export interface ImmutableLike {
  get(key: string): unknown;
  toJS?(): unknown;
}

/** The props Decap gives a widget control (only what these widgets use). */
export interface ControlProps {
  value: unknown;
  field: ImmutableLike;
  forID: string;
  classNameWrapper: string;
  onChange(value: unknown): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  [key: string]: unknown;
}

/** A React component as the bundle's createClass returns it. */
export type Component = unknown;

/** create-react-class, as `window.createClass`. */
export type CreateClass = (spec: Record<string, unknown>) => Component;

/** The part of window.CMS that registering widgets needs. */
export interface WidgetRegistry {
  registerWidget(name: string, control: Component, preview?: Component): void;
  getWidget(name: string): { control: Component; preview?: Component } | undefined;
}

export type { H };

/** A field option as a plain value (immutable lists become arrays). */
export function option(field: ImmutableLike, key: string): unknown {
  const v = field.get(key) as { toJS?: () => unknown } | undefined;
  return v && typeof v === 'object' && typeof v.toJS === 'function' ? v.toJS() : v;
}
