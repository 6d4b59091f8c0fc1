import { memo, useId } from 'react';
import { Subtitle } from '../inputs/Subtitle';
import type { InputIds } from '../inputs/types';
import { offersVariableMode, type InputNode } from '../schema';
import { ControlledField } from './ControlledField';
import { useFieldError } from './fieldErrors';
import { useFormContext } from './FormContext';
import { nativeControl } from './nativeControl';
import { builtInControl, NATIVE_CONTROLS } from './registry';
import { SelectField } from './SelectField';
import { offersVariableText, variableField } from './variableField';

/**
 * One input: label (the control's accessible name), helper text (its description), the control and
 * its error. It subscribes to its own error only; built-in native controls are uncontrolled, so a
 * keystroke renders nothing, and others re-render just their `ControlledField` (`SelectField` for the built-in ENUM).
 */
export const Field = memo(function Field({ node }: { node: InputNode }) {
  const ctx = useFormContext();
  const [error, errorRef] = useFieldError(ctx.errors, node.key);
  const base = useId();
  const { input, type } = node;
  const ids: InputIds = {
    control: `${base}control`,
    label: `${base}label`,
    description: input.subtitle ? `${base}description` : undefined,
    error: error ? `${base}error` : undefined,
  };
  const describedBy = ids.description && ids.error ? `${ids.description} ${ids.error}` : (ids.description ?? ids.error);
  const control = { ids, describedBy, invalid: !!error, disabled: ctx.disabled || !!input.readOnly };
  // only with `variables`: enums and booleans (native switches too) go through the controller and the toggle
  const variableMode = ctx.variables === true && offersVariableMode(node);
  const builtIn = builtInControl(type, ctx.components);
  // a row only with the required mark: one element less per field otherwise
  const label = (
    <label id={ids.label} htmlFor={ids.control} className="akf-field__label">
      {input.title}
    </label>
  );
  return (
    <div ref={errorRef} className="akf-field" data-type={type} data-input-id={input.id} data-invalid={error ? '' : undefined}>
      {input.required ? (
        <div className="akf-field__label-row">
          {label}
          {/* outside the label, so the accessible name is exactly the title */}
          <span className="akf-field__required" aria-hidden="true">
            *
          </span>
        </div>
      ) : (
        label
      )}
      {ids.description && Subtitle({ id: ids.description, text: input.subtitle as string })}
      {variableMode
        ? <ControlledField node={node} {...control} variableMode />
        : builtIn === 'select' && node.dependencies.length === 0
          ? <SelectField node={node} {...control} />
          : builtIn && NATIVE_CONTROLS.has(builtIn)
          ? (offersVariableText(type, ctx.variables) ? variableField : nativeControl)({ node, registered: ctx.register(node.key, { onChange: () => ctx.changed(node) }), ...control })
          : <ControlledField node={node} {...control} />}
      {error && (
        <p id={ids.error} className="akf-field__error">
          {error}
        </p>
      )}
    </div>
  );
});
